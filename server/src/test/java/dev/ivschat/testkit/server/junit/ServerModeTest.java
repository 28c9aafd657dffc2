package dev.ivschat.testkit.server.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.junit5.CurrentIvsChat;
import dev.ivschat.testkit.junit5.Fixture;
import dev.ivschat.testkit.junit5.Fixtures;
import dev.ivschat.testkit.junit5.IvsChatDiagnostics;
import dev.ivschat.testkit.junit5.IvsChatExtension;
import dev.ivschat.testkit.junit5.IvsChatScope;
import dev.ivschat.testkit.junit5.IvsChatTest;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import dev.ivschat.testkit.server.IvsChatServer;
import dev.ivschat.testkit.server.ServerAccount;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.RoomSummary;

/**
 * The JUnit extension's server mode ({@code @IvsChatTest(server = true)}) end to end, through the
 * EngineTestKit: one local server per test class, an access key per test, real clients.
 */
@Timeout(120)
class ServerModeTest {

  /** The room names the client sees, sorted and comma-separated. */
  static String roomNames(IvschatClient client) {
    return client.listRooms(r -> { }).rooms().stream().map(RoomSummary::name).sorted()
        .collect(Collectors.joining(","));
  }

  static void publish(TestReporter reporter, String test, ServerAccount account,
      IvschatClient client) {
    reporter.publishEntry(Map.of("test", test, "key", account.accessKeyId(),
        "endpoint", account.endpoint().toString(), "rooms", roomNames(client)));
  }

  /** The entries {@link #publish} published, one map per test. */
  static List<Map<String, String>> entries(EngineExecutionResults results) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getPayload(ReportEntry.class).orElseThrow().getKeyValuePairs())
        .filter(m -> m.containsKey("key"))
        .collect(Collectors.toList());
  }

  @Fixture
  @IvsChatTest(server = true)
  static class TwoTests {
    @Test
    void first(IvschatClient ivschat, ServerAccount account, TestReporter reporter) {
      ivschat.createRoom(r -> r.name("first"));
      publish(reporter, "TwoTests.first", account, ivschat);
    }

    @Test
    void second(IvschatClient ivschat, ServerAccount account, TestReporter reporter) {
      ivschat.createRoom(r -> r.name("second"));
      publish(reporter, "TwoTests.second", account, ivschat);
    }
  }

  @Fixture
  @IvsChatTest(server = true)
  static class TwoOtherTests extends TwoTests {
  }

  @Test
  void each_test_has_its_own_access_key_and_sees_only_its_own_rooms_on_the_shared_server() {
    EngineExecutionResults results = Fixtures.run(TwoTests.class);

    Fixtures.assertAllPassed(results, 2);
    List<Map<String, String>> entries = entries(results);
    assertThat(entries).extracting(m -> m.get("test") + " sees " + m.get("rooms"))
        .containsExactlyInAnyOrder("TwoTests.first sees first", "TwoTests.second sees second");
    assertThat(entries).extracting(m -> m.get("key")).doesNotHaveDuplicates()
        .allSatisfy(key -> assertThat(key).matches("AKIDTEST[0-9]{12}"));
    assertThat(entries).extracting(m -> m.get("endpoint")).containsOnly(entries.get(0)
        .get("endpoint"));
  }

  @Test
  void test_classes_running_in_parallel_each_get_a_server_and_stay_isolated() {
    EngineExecutionResults results = Fixtures.runInParallel(TwoTests.class, TwoOtherTests.class);

    Fixtures.assertAllPassed(results, 4);
    List<Map<String, String>> entries = entries(results);
    assertThat(entries).extracting(m -> m.get("rooms"))
        .containsExactlyInAnyOrder("first", "second", "first", "second");
    assertThat(entries.stream().map(m -> m.get("endpoint")).distinct()).hasSize(2);
    assertThat(entries.stream().map(m -> m.get("endpoint") + " " + m.get("key")).distinct())
        .hasSize(4);
  }

  @Fixture
  @IvsChatTest(server = true)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class KeptPastItsTest {
    static ServerAccount firstAccount;
    static IvschatClient firstClient;
    static IvsChatServer server;

    @Test
    @Order(1)
    void first(IvschatClient ivschat, ServerAccount account, IvsChatServer server) {
      ivschat.createRoom(r -> r.name("first"));
      firstAccount = account;
      firstClient = ivschat;
      KeptPastItsTest.server = server;
    }

    @Test
    @Order(2)
    void second(ServerAccount account) {
      assertThat(account.accessKeyId()).isNotEqualTo(firstAccount.accessKeyId());
      try (IvschatClient withTheFirstKey = IvschatClient.builder()
          .endpointOverride(firstAccount.endpoint())
          .region(Region.of(firstAccount.region()))
          .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
              firstAccount.accessKeyId(), firstAccount.secretAccessKey())))
          .build()) {
        assertThat(roomNames(withTheFirstKey)).isEmpty();
      }
      assertThatThrownBy(() -> roomNames(firstClient)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void a_tests_key_is_unbound_and_its_clients_closed_when_it_ends_and_the_server_with_its_class()
      throws IOException {
    Fixtures.assertAllPassed(Fixtures.run(KeptPastItsTest.class), 2);

    int port = KeptPastItsTest.server.port();
    try (Socket socket = new Socket()) {
      assertThatThrownBy(() -> socket.connect(new InetSocketAddress("127.0.0.1", port), 5000))
          .isInstanceOf(ConnectException.class);
    }
  }

  @Fixture
  @IvsChatTest(server = true, scope = IvsChatScope.PER_CLASS)
  static class PerClass {
    static String lobby;

    @BeforeAll
    static void createLobby(Amazonivschat ivschat) {
      lobby = ivschat.createRoom(new CreateRoomRequest().withName("lobby")).getArn();
    }

    @Test
    void first(IvschatClient ivschat, ServerAccount account, TestReporter reporter) {
      assertThat(ivschat.getRoom(r -> r.identifier(lobby)).name()).isEqualTo("lobby");
      publish(reporter, "PerClass.first", account, ivschat);
    }

    @Test
    void second(IvschatClient ivschat, ServerAccount account, IvsChatControl control,
        TestReporter reporter) {
      assertThat(control.room(lobby)).isPresent();
      publish(reporter, "PerClass.second", account, ivschat);
    }
  }

  @Test
  void in_per_class_scope_the_class_shares_one_ivs_chat_bound_once() {
    EngineExecutionResults results = Fixtures.run(PerClass.class);

    Fixtures.assertAllPassed(results, 2);
    assertThat(entries(results)).extracting(m -> m.get("key") + " sees " + m.get("rooms"))
        .containsExactly("AKIDTEST000000000001 sees lobby", "AKIDTEST000000000001 sees lobby");
  }

  @Fixture
  static class Builder {
    @RegisterExtension
    static final IvsChatExtension IVSCHAT = IvsChatExtension.builder().server(true)
        .region("eu-west-1").accountId("111122223333").build();

    @Test
    void test(IvschatClient ivschat, ServerAccount account, IvsChatControl control) {
      String arn = ivschat.createRoom(r -> r.name("lobby")).arn();

      assertThat(arn).startsWith("arn:aws:ivschat:eu-west-1:111122223333:room/");
      assertThat(account.region()).isEqualTo("eu-west-1");
      assertThat(control.rooms()).hasSize(1);
    }
  }

  @Test
  void the_builder_turns_server_mode_on_with_the_builders_settings() {
    Fixtures.assertAllPassed(Fixtures.run(Builder.class), 1);
  }

  @Fixture
  @IvsChatTest(server = true)
  static class Dynamic {
    @TestFactory
    Stream<DynamicTest> tests(CurrentIvsChat current) {
      return Stream.of("red", "green").map(name -> dynamicTest(name, () -> {
        IvschatClient ivschat = current.client(IvschatClient.class);
        ivschat.createRoom(r -> r.name(name));
        assertThat(roomNames(ivschat)).isEqualTo(name);
        assertThat(current.ivsChat().rooms()).hasSize(1);
        assertThatThrownBy(() -> current.client(FakeIvschatClient.class))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("dev.ivschat.testkit.sdk2.FakeIvschatClient is not a client type of the "
                + "local IVS Chat server (server mode); it makes " + CLIENT_TYPES + ".");
      }));
    }
  }

  @Test
  void each_dynamic_test_gets_its_own_ivs_chat_on_the_server() {
    Fixtures.assertAllPassed(Fixtures.run(Dynamic.class), 2);
  }

  static final String CLIENT_TYPES = "Amazonivschat, AmazonivschatAsync, IvschatClient, "
      + "IvschatAsyncClient, IvsChatServer and ServerAccount";

  @Fixture
  @IvsChatTest(server = true)
  static class InProcessFake {
    @Test
    void test(FakeIvschatClient fake) {
    }
  }

  @Test
  void an_in_process_fake_is_refused_in_server_mode() {
    assertThat(Fixtures.failureOf(Fixtures.run(InProcessFake.class).allEvents(),
        "test(FakeIvschatClient)"))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage("IvsChatExtension cannot inject parameter [FakeIvschatClient arg0] of "
            + "ServerModeTest.InProcessFake.test(FakeIvschatClient): in server mode the clients "
            + "are real SDK clients talking to the local IVS Chat server, and FakeIvschatClient "
            + "is an in-process client of the AWS SDK for Java v2 front door. Declare the SDK's "
            + "client interface instead, or turn server mode off for the in-process fakes. In "
            + "server mode it injects IvsChat, IvsChatControl, FakeClock, Faults, IvsChatConfig "
            + "and CurrentIvsChat, and the clients of the local IVS Chat server: " + CLIENT_TYPES
            + ".");
  }

  @Fixture
  @IvsChatTest
  static class AccountOutsideServerMode {
    @Test
    void test(ServerAccount account) {
    }
  }

  @Test
  void outside_server_mode_the_servers_types_are_left_to_other_resolvers() {
    assertThat(Fixtures.failureOf(Fixtures.run(AccountOutsideServerMode.class).allEvents(),
        "test(ServerAccount)"))
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageStartingWith("No ParameterResolver registered for parameter "
            + "[dev.ivschat.testkit.server.ServerAccount arg0]");
  }

  @Fixture
  @IvsChatTest(server = true, idSeed = 1, clockStart = "2025-01-01T00:00:00Z")
  static class Failing {
    @Test
    void test(IvschatClient ivschat) {
      ivschat.createRoom(r -> r.name("lobby"));
      throw new AssertionError("the welcome was not shown");
    }
  }

  @Test
  void a_failed_test_reports_the_calls_the_real_clients_made() {
    Throwable failure = Fixtures.failureOf(Fixtures.run(Failing.class).allEvents(), "test()"
        .replace("()", "(IvschatClient)"));

    assertThat(failure).hasMessage("the welcome was not shown");
    assertThat(failure.getSuppressed()).singleElement()
        .isInstanceOf(IvsChatDiagnostics.class)
        .extracting(Throwable::getMessage).asString()
        .contains("1 call", "#1 2025-01-01T00:00:00Z CreateRoom {name=lobby} -> OK arn:aws:ivschat:"
            + "us-east-1:123456789012:room/");
  }
}
