package dev.ivschat.testkit.junit5;

import static dev.ivschat.testkit.junit5.Fixtures.assertAllPassed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.AmazonivschatAsync;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which tests share a fake: the scope rules, for every kind of test and for @Nested classes. */
class ScopeTest {

  static List<String> names(IvsChatControl control) {
    return control.rooms().stream().map(Room::name).sorted().collect(Collectors.toList());
  }

  @Fixture
  @IvsChatTest
  static class PerTest {
    @BeforeEach
    void seed(FakeAmazonivschat fake) {
      fake.createRoom(new CreateRoomRequest().withName("seeded"));
    }

    @Test
    void a_test_sees_only_what_its_before_each_seeded(FakeAmazonivschat fake) {
      assertThat(names(fake)).containsExactly("seeded");
      fake.createRoom(new CreateRoomRequest().withName("a"));
    }

    @Test
    void so_does_another(FakeAmazonivschat fake) {
      assertThat(names(fake)).containsExactly("seeded");
      fake.createRoom(new CreateRoomRequest().withName("b"));
    }

    @RepeatedTest(3)
    void and_each_repetition(FakeAmazonivschat fake) {
      assertThat(names(fake)).containsExactly("seeded");
      fake.createRoom(new CreateRoomRequest().withName("repeated"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "y", "z"})
    void and_each_invocation(String name, FakeAmazonivschat fake) {
      assertThat(names(fake)).containsExactly("seeded");
      fake.createRoom(new CreateRoomRequest().withName(name));
    }

    @TestFactory
    Stream<DynamicTest> and_each_dynamic_test(FakeAmazonivschat factoryFake,
        CurrentIvsChat current) {
      return Stream.of("d1", "d2", "d3").map(name -> dynamicTest(name, () -> {
        FakeAmazonivschat fake = current.client(FakeAmazonivschat.class);
        assertThat(fake).isNotSameAs(factoryFake)
            .isSameAs(current.client(FakeAmazonivschat.class));
        assertThat(current.ivsChat()).isSameAs(fake.ivsChat());
        assertThat(current.client(AmazonivschatAsync.class).listRooms(new ListRoomsRequest())
            .getRooms()).isEmpty();
        fake.createRoom(new CreateRoomRequest().withName(name));
        assertThat(names(fake)).containsExactly(name);
      }));
    }
  }

  @Test
  void per_test_scope_gives_every_test_repetition_invocation_and_dynamic_test_a_fresh_fake() {
    assertAllPassed(Fixtures.run(PerTest.class), 2 + 3 + 3 + 3);
  }

  @Fixture
  @IvsChatTest(scope = IvsChatScope.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PerClass {
    @BeforeAll
    static void seed(FakeAmazonivschat fake) {
      fake.createRoom(new CreateRoomRequest().withName("seeded"));
    }

    @Test
    @Order(1)
    void the_first_test_sees_the_rooms_of_before_all(FakeAmazonivschat fake) {
      assertThat(names(fake)).containsExactly("seeded");
      fake.createRoom(new CreateRoomRequest().withName("first"));
    }

    @Test
    @Order(2)
    void the_next_sees_those_of_the_first_too(IvsChatControl control) {
      assertThat(names(control)).containsExactly("first", "seeded");
    }

    @TestFactory
    @Order(3)
    Stream<DynamicTest> dynamic_tests_share_it_too(FakeAmazonivschat fake,
        CurrentIvsChat current) {
      return Stream.of(dynamicTest("d", () -> assertThat(current.client(FakeAmazonivschat.class)).isSameAs(fake)));
    }

    @Nested
    class Inner {
      @Test
      void a_nested_class_shares_the_fake_of_its_top_level_class(FakeAmazonivschat fake) {
        assertThat(names(fake)).containsExactly("first", "seeded");
        fake.createRoom(new CreateRoomRequest().withName("nested"));
      }
    }

    @AfterAll
    static void check(FakeAmazonivschat fake) {
      assertThat(names(fake)).containsExactly("first", "nested", "seeded");
    }
  }

  @Test
  void per_class_scope_shares_one_fake_with_before_all_and_nested_classes() {
    assertAllPassed(Fixtures.run(PerClass.class), 4);
  }

  @Fixture
  @IvsChatTest
  static class PerTestNested {
    @BeforeEach
    void seedOuter(FakeAmazonivschat fake) {
      fake.createRoom(new CreateRoomRequest().withName("outer"));
    }

    @Test
    void the_outer_test_sees_its_own(FakeAmazonivschat fake) {
      assertThat(names(fake)).containsExactly("outer");
    }

    @Nested
    class Inner {
      @BeforeEach
      void seedInner(FakeAmazonivschat fake) {
        fake.createRoom(new CreateRoomRequest().withName("inner"));
      }

      @Test
      void a_nested_test_gets_a_fresh_fake_that_every_before_each_seeded(FakeAmazonivschat fake) {
        assertThat(names(fake)).containsExactly("inner", "outer");
        fake.createRoom(new CreateRoomRequest().withName("mine"));
      }

      @Test
      void and_so_does_the_next(FakeAmazonivschat fake) {
        assertThat(names(fake)).containsExactly("inner", "outer");
      }

      @Nested
      @IvsChatTest(region = "ap-south-1")
      class Deeper {
        @Test
        void a_nested_annotation_overrides_the_enclosing_one(FakeAmazonivschat fake) {
          assertThat(fake.config().region()).isEqualTo("ap-south-1");
          assertThat(names(fake)).containsExactly("inner", "outer");
        }
      }
    }
  }

  @Test
  void in_per_test_scope_nested_tests_get_fresh_fakes_seeded_by_all_enclosing_before_each() {
    assertAllPassed(Fixtures.run(PerTestNested.class), 4);
  }

  @Fixture
  @IvsChatTest(scope = IvsChatScope.PER_CLASS)
  static class PerClassWithPerTestNested {
    @BeforeAll
    static void seed(FakeAmazonivschat fake) {
      fake.createRoom(new CreateRoomRequest().withName("shared"));
    }

    @Nested
    @IvsChatTest
    class Isolated {
      @Test
      void gets_a_fresh_fake(FakeAmazonivschat fake) {
        assertThat(fake.rooms()).isEmpty();
        fake.createRoom(new CreateRoomRequest().withName("isolated"));
      }

      @Test
      void every_time(FakeAmazonivschat fake) {
        assertThat(fake.rooms()).isEmpty();
      }
    }

    @AfterAll
    static void check(FakeAmazonivschat fake) {
      assertThat(names(fake)).containsExactly("shared");
    }
  }

  @Test
  void a_nested_class_can_choose_per_test_scope_inside_a_per_class_one() {
    assertAllPassed(Fixtures.run(PerClassWithPerTestNested.class), 2);
  }

  /** What a test kept past its end. */
  record Kept(FakeAmazonivschat client, AmazonivschatAsync async, IvsChat ivsChat,
      CurrentIvsChat current) {
  }

  @Fixture
  @IvsChatTest
  static class KeepsItsClients {
    static final Map<String, Kept> KEPT = new ConcurrentHashMap<>();

    @Test
    void one(FakeAmazonivschat client, AmazonivschatAsync async, IvsChat ivsChat,
        CurrentIvsChat current, TestInfo info) {
      client.createRoom(new CreateRoomRequest().withName("kept"));
      KEPT.put(info.getDisplayName(), new Kept(client, async, ivsChat, current));
    }

    @Test
    void two(FakeAmazonivschat client, AmazonivschatAsync async, IvsChat ivsChat,
        CurrentIvsChat current, TestInfo info) {
      client.createRoom(new CreateRoomRequest().withName("kept"));
      KEPT.put(info.getDisplayName(), new Kept(client, async, ivsChat, current));
    }
  }

  @Test
  void the_store_closes_each_ivs_chat_with_its_clients_when_its_test_ends() {
    KeepsItsClients.KEPT.clear();

    assertAllPassed(Fixtures.run(KeepsItsClients.class), 2);

    assertThat(KeepsItsClients.KEPT).hasSize(2);
    Kept one = KeepsItsClients.KEPT.get("one(FakeAmazonivschat, AmazonivschatAsync, IvsChat, "
        + "CurrentIvsChat, TestInfo)");
    Kept two = KeepsItsClients.KEPT.get("two(FakeAmazonivschat, AmazonivschatAsync, IvsChat, "
        + "CurrentIvsChat, TestInfo)");
    assertThat(one.ivsChat()).isNotSameAs(two.ivsChat());
    for (Kept kept : List.of(one, two)) {
      assertThatThrownBy(() -> kept.client().createRoom(new CreateRoomRequest()))
          .isInstanceOf(IllegalStateException.class).hasMessage("Connection pool shut down");
      assertThatThrownBy(() -> kept.async().createRoomAsync(new CreateRoomRequest()))
          .isInstanceOf(RejectedExecutionException.class);
      assertThatThrownBy(() -> kept.current().client(Amazonivschat.class))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("The IVS Chat of '").hasMessageEndingWith("' was closed when "
              + "it ended, with every client made on it: a client or CurrentIvsChat kept past "
              + "its test cannot reach it.");
      assertThatThrownBy(() -> kept.ivsChat().call(IvsChatRequest.CreateRoom.named("late")))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
      assertThat(names(kept.ivsChat())).containsExactly("kept");
      assertThat(kept.ivsChat().calls()).hasSize(1);
    }
  }
}
