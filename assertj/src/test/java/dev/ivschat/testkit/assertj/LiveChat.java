package dev.ivschat.testkit.assertj;

import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.S3DestinationConfiguration;
import dev.ivschat.testkit.ChatConnection;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;

/**
 * A lobby logging to the bucket "my-bucket", with a moderator, a sender and a viewer connected;
 * the sender said "hi", then the moderator deleted a message and disconnected the spammer.
 */
final class LiveChat {
  static final String BUCKET = "my-bucket";

  final FakeAmazonivschat fake = Fixtures.fake();
  final String room;
  final ChatConnection moderator;
  final ChatConnection sender;
  final ChatConnection viewer;
  final ChatConnection spammer;

  LiveChat() {
    String logging = fake.createLoggingConfiguration(new CreateLoggingConfigurationRequest()
        .withName("logs").withDestinationConfiguration(new DestinationConfiguration()
            .withS3(new S3DestinationConfiguration().withBucketName(BUCKET)))).getArn();
    room = fake.createRoom(new CreateRoomRequest().withName("lobby")
        .withLoggingConfigurationIdentifiers(logging)).getArn();
    moderator = connect("moderator", "SEND_MESSAGE", "DELETE_MESSAGE", "DISCONNECT_USER");
    sender = connect("sender", "SEND_MESSAGE");
    viewer = connect("viewer");
    spammer = connect("spammer", "SEND_MESSAGE");
    sender.sendMessage("hi");
    viewer.sendMessage("may I?");
    moderator.deleteMessage(Fixtures.MESSAGE_1, "spam");
    moderator.disconnectUser("spammer", "spam");
  }

  ChatConnection connect(String userId, String... capabilities) {
    return fake.connect(fake.createChatToken(new CreateChatTokenRequest().withRoomIdentifier(room)
        .withUserId(userId).withCapabilities(capabilities)).getToken());
  }
}
