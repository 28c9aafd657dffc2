package dev.ivschat.testkit.assertj;

import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThat;
import static dev.ivschat.testkit.assertj.IvsChatAssertions.assertThatIvsChatCall;

import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.S3DestinationConfiguration;
import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.IvsChatRequest;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import dev.ivschat.testkit.sdk2.FakeIvschatClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.ivschat.IvschatClient;

/** The examples of assertj/README.md, kept compiling and passing here, and the README checked. */
@ExtendWith(SoftAssertionsExtension.class)
class ReadmeExampleTest {
  @InjectSoftAssertions
  IvsChatSoftAssertions softly;

  // README: example
  @Test
  void should_pass_when_the_moderation_is_checked() {
    FakeAmazonivschat ivschat = new FakeAmazonivschat();
    Amazonivschat client = ivschat; // what the code under test holds
    String room = client.createRoom(new CreateRoomRequest().withName("lobby")).getArn();

    client.deleteMessage(new DeleteMessageRequest()
        .withRoomIdentifier(room).withId("message00001").withReason("spam"));

    assertThat(ivschat).hasRoomCount(1).roomNamed("lobby").hasNoTags();
    assertThat(ivschat).sentEvents(room).deletedMessage("message00001").hasReason("spam");
    assertThat(ivschat).calls().hasCallCount(Operation.DELETE_MESSAGE, 1).hasNoFailedCalls()
        .call(Operation.DELETE_MESSAGE, 1).request(IvsChatRequest.DeleteMessage.class)
        .extracting(IvsChatRequest.DeleteMessage::reason).isEqualTo("spam");
    assertThatIvsChatCall(() -> client.createRoom(new CreateRoomRequest().withName("bad name!")))
        .isValidationError()
        .onFieldWithMessageContaining("name", "regular expression");
    assertThatIvsChatCall(() -> client.getRoom(new GetRoomRequest().withIdentifier(room + "x")))
        .isNotFound()
        .hasResourceType("ROOM");
  }
  // README: end

  // README: example-v2
  @Test
  void should_pass_when_the_moderation_is_checked_with_the_v2_client() {
    FakeIvschatClient ivschat = new FakeIvschatClient();
    IvschatClient client = ivschat; // what the code under test holds
    String room = client.createRoom(r -> r.name("lobby")).arn();

    client.deleteMessage(r -> r.roomIdentifier(room).id("message00001").reason("spam"));

    assertThat(ivschat).hasRoomCount(1).roomNamed("lobby").hasNoTags();
    assertThat(ivschat).sentEvents(room).deletedMessage("message00001").hasReason("spam");
    assertThat(ivschat).calls().hasCallCount(Operation.DELETE_MESSAGE, 1).hasNoFailedCalls()
        .call(Operation.DELETE_MESSAGE, 1).request(IvsChatRequest.DeleteMessage.class)
        .extracting(IvsChatRequest.DeleteMessage::reason).isEqualTo("spam");
    assertThatIvsChatCall(() -> client.createRoom(r -> r.name("bad name!")))
        .isValidationError()
        .onFieldWithMessageContaining("name", "regular expression");
    assertThatIvsChatCall(() -> client.getRoom(r -> r.identifier(room + "x")))
        .isNotFound()
        .hasResourceType("ROOM");
  }
  // README: end

  // README: soft
  @Test
  void should_pass_when_the_moderation_is_checked_softly() {
    FakeAmazonivschat ivschat = new FakeAmazonivschat();
    String room = ivschat.createRoom(new CreateRoomRequest().withName("lobby")).getArn();

    softly.assertThat(ivschat).room(room).hasName("lobby").hasMaximumMessageLength(500);
    softly.assertThat(ivschat).sentEvents(room).isEmpty();
    softly.assertThat(ivschat).calls().call(1).succeeded();
  }
  // README: end

  // README: live
  @Test
  void should_pass_when_the_live_chat_is_checked() {
    FakeAmazonivschat ivschat = new FakeAmazonivschat();
    String logs = ivschat.createLoggingConfiguration(new CreateLoggingConfigurationRequest()
        .withName("logs").withDestinationConfiguration(new DestinationConfiguration()
            .withS3(new S3DestinationConfiguration().withBucketName("my-bucket")))).getArn();
    String room = ivschat.createRoom(new CreateRoomRequest().withName("lobby")
        .withLoggingConfigurationIdentifiers(logs)).getArn();
    ChatConnection sender = ivschat.connect(ivschat.createChatToken(
        new CreateChatTokenRequest().withRoomIdentifier(room).withUserId("sender")
            .withCapabilities("SEND_MESSAGE")).getToken());
    ChatConnection viewer = ivschat.connect(ivschat.createChatToken(
        new CreateChatTokenRequest().withRoomIdentifier(room).withUserId("viewer")).getToken());

    sender.sendMessage("hi");
    viewer.sendMessage("me too"); // the viewer's token lacks SEND_MESSAGE
    ivschat.disconnectUser(new DisconnectUserRequest()
        .withRoomIdentifier(room).withUserId("viewer").withReason("spam"));

    assertThat(viewer).receivedMessages().containsExactly("hi");
    assertThat(viewer).receivedError(403).receivedEvent("aws:DISCONNECT_USER");
    assertThat(viewer).wasDisconnected().withReason("spam");
    assertThat(sender).isOpen().receivedEvent("aws:DISCONNECT_USER");
    assertThat(ivschat).chatLog("my-bucket").loggedMessage("hi")
        .events().containsExactly("aws:DISCONNECT_USER");
  }
  // README: end

  @Test
  void should_pass_when_the_readme_shows_this_code_and_real_failure_messages() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String source = Files.readString(
        Path.of("src/test/java/dev/ivschat/testkit/assertj/ReadmeExampleTest.java"));

    Assertions.assertThat(readme)
        .contains(region(source, "example").replaceAll("(?m)^  ", ""))
        .contains(region(source, "example-v2").replaceAll("(?m)^  ", ""))
        .contains(region(source, "soft"))
        .contains(region(source, "live").replaceAll("(?m)^  ", ""))
        .contains(failureMessage(() -> assertThat(new LiveChat().viewer).receivedError(406)))
        .contains(failureMessage(() -> assertThat(new LiveChat().fake).chatLog(LiveChat.BUCKET)
            .loggedMessage("may I?")))
        .contains(failureMessage(() -> assertThat(Fixtures.fakeWithEvents())
            .sentEvents(Fixtures.LOBBY).deletedMessage(Fixtures.MESSAGE_2)))
        .contains(failureMessage(() -> assertThat(Fixtures.fakeWithRooms())
            .room(Fixtures.MISSING)))
        .contains(failureMessage(() -> assertThatIvsChatCall(() -> {
          throw new IllegalStateException("not a service error");
        })));
    for (ErrorSource errors : ErrorSource.all()) {
      Assertions.assertThat(readme).as(errors.toString()).contains(failureMessage(
          () -> ErrorSource.assertOn(errors.getRoom(Fixtures.MISSING)).isValidationError()));
    }
  }

  private static String region(String source, String name) {
    Matcher region = Pattern.compile("  // README: " + name + "\n(.*?)  // README: end\n",
        Pattern.DOTALL).matcher(source);
    Assertions.assertThat(region.find()).as("region " + name).isTrue();
    return region.group(1);
  }

  private static String failureMessage(ThrowingCallable failing) {
    return Fixtures.normalised(Assertions.catchThrowable(failing).getMessage()).substring(1);
  }
}
