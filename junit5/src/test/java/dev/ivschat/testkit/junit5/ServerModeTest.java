package dev.ivschat.testkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.RemoteFrontDoor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.Events;
import software.amazon.awssdk.services.ivschat.IvschatClient;

/**
 * Server mode without the server module: this module's test class path has no
 * {@code ivschat-testkit-server} (the server module tests server mode end to end), so asking for
 * it fails the class with a message naming the artifact.
 */
class ServerModeTest {

  @Fixture
  @IvsChatTest(server = true)
  static class ByAnnotation {
    @Test
    void test(IvschatClient ivschat) {
    }
  }

  @Fixture
  static class ByBuilder {
    @RegisterExtension
    static final IvsChatExtension IVSCHAT = IvsChatExtension.builder().server(true).build();

    @Test
    void test(IvschatClient ivschat) {
    }
  }

  @Fixture
  static class ByInstanceField {
    @RegisterExtension
    final IvsChatExtension ivschat = IvsChatExtension.builder().server(true).build();

    @Test
    void test(IvschatClient ivschat) {
    }
  }

  static String noServer(String registration) {
    return "IvsChatExtension runs in server mode (" + registration + "), which needs the local "
        + "IVS Chat server, but it is not on the test class path: add "
        + "dev.ivschat:ivschat-testkit-server in test scope, next to the AWS SDK whose real "
        + "clients the tests take.";
  }

  @Test
  void this_class_path_has_no_remote_front_door() {
    assertThat(RemoteFrontDoor.installed()).isEmpty();
  }

  @Test
  void server_mode_by_annotation_without_the_server_module_fails_the_class() {
    Events events = Fixtures.run(ByAnnotation.class).allEvents();

    assertThat(Fixtures.failureOf(events, "ServerModeTest$ByAnnotation"))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(noServer("@IvsChatTest on ServerModeTest.ByAnnotation"));
    assertThat(events.started().count() - events.finished().count()).isZero();
  }

  @Test
  void server_mode_by_builder_without_the_server_module_fails_the_class() {
    assertThat(Fixtures.failureOf(Fixtures.run(ByBuilder.class).allEvents(),
        "ServerModeTest$ByBuilder"))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(noServer("@RegisterExtension field ServerModeTest.ByBuilder.IVSCHAT"));
  }

  @Test
  void server_mode_in_an_instance_field_without_the_server_module_fails_the_test() {
    assertThat(Fixtures.failureOf(Fixtures.run(ByInstanceField.class).allEvents(),
        "test(IvschatClient)"))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(noServer("@RegisterExtension field ServerModeTest.ByInstanceField.ivschat"));
  }

  @Test
  void server_mode_is_part_of_the_description() {
    assertThat(IvsChatExtension.builder().server(true).build().toString())
        .endsWith(", served by the local server]");
    assertThat(IvsChatExtension.builder().build().toString())
        .doesNotContain("served by the local server");
  }
}
