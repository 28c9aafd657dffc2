package dev.ivschat.testkit.sdk1.contract;

import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.model.CreateChatTokenRequest;
import com.amazonaws.services.ivschat.model.CreateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.amazonaws.services.ivschat.model.DeleteLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.DeleteMessageRequest;
import com.amazonaws.services.ivschat.model.DeleteRoomRequest;
import com.amazonaws.services.ivschat.model.DestinationConfiguration;
import com.amazonaws.services.ivschat.model.DisconnectUserRequest;
import com.amazonaws.services.ivschat.model.GetLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.GetRoomRequest;
import com.amazonaws.services.ivschat.model.ListLoggingConfigurationsRequest;
import com.amazonaws.services.ivschat.model.ListRoomsRequest;
import com.amazonaws.services.ivschat.model.ListTagsForResourceRequest;
import com.amazonaws.services.ivschat.model.S3DestinationConfiguration;
import com.amazonaws.services.ivschat.model.SendEventRequest;
import com.amazonaws.services.ivschat.model.TagResourceRequest;
import com.amazonaws.services.ivschat.model.UntagResourceRequest;
import com.amazonaws.services.ivschat.model.UpdateLoggingConfigurationRequest;
import com.amazonaws.services.ivschat.model.UpdateRoomRequest;
import dev.ivschat.testkit.sdk1.FakeAmazonivschat;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * A fresh fake holding one room and three ACTIVE logging configurations, and for every operation a
 * valid request against them: the base each validation case changes one member of.
 */
final class Fixture {
  static final String ACCOUNT_PREFIX = "arn:aws:ivschat:us-east-1:123456789012:";
  static final String MODEL_PACKAGE = "com.amazonaws.services.ivschat.model.";

  final FakeAmazonivschat fake = new FakeAmazonivschat();
  final String roomArn;
  final List<String> loggingConfigurationArns;

  Fixture() {
    roomArn = fake.createRoom(new CreateRoomRequest()).getArn();
    loggingConfigurationArns = List.of(loggingConfiguration("a"), loggingConfiguration("b"),
        loggingConfiguration("c"));
  }

  private String loggingConfiguration(String suffix) {
    return fake.createLoggingConfiguration(new CreateLoggingConfigurationRequest()
        .withDestinationConfiguration(new DestinationConfiguration()
            .withS3(new S3DestinationConfiguration().withBucketName("chat-logs-" + suffix))))
        .getArn();
  }

  /** A valid request of the operation; the call succeeds as it is. */
  AmazonWebServiceRequest base(String operation) {
    String lc = loggingConfigurationArns.get(0);
    return switch (operation) {
      case "CreateChatToken" ->
          new CreateChatTokenRequest().withRoomIdentifier(roomArn).withUserId("user-1");
      case "CreateLoggingConfiguration" -> new CreateLoggingConfigurationRequest()
          .withDestinationConfiguration(new DestinationConfiguration()
              .withS3(new S3DestinationConfiguration().withBucketName("chat-logs")));
      case "CreateRoom" -> new CreateRoomRequest();
      case "DeleteLoggingConfiguration" -> new DeleteLoggingConfigurationRequest().withIdentifier(lc);
      case "DeleteMessage" ->
          new DeleteMessageRequest().withRoomIdentifier(roomArn).withId("M2YcHkgffEvU");
      case "DeleteRoom" -> new DeleteRoomRequest().withIdentifier(roomArn);
      case "DisconnectUser" ->
          new DisconnectUserRequest().withRoomIdentifier(roomArn).withUserId("user-1");
      case "GetLoggingConfiguration" -> new GetLoggingConfigurationRequest().withIdentifier(lc);
      case "GetRoom" -> new GetRoomRequest().withIdentifier(roomArn);
      case "ListLoggingConfigurations" -> new ListLoggingConfigurationsRequest();
      case "ListRooms" -> new ListRoomsRequest();
      case "ListTagsForResource" -> new ListTagsForResourceRequest().withResourceArn(roomArn);
      case "SendEvent" ->
          new SendEventRequest().withRoomIdentifier(roomArn).withEventName("app:hello");
      case "TagResource" ->
          new TagResourceRequest().withResourceArn(roomArn).withTags(Map.of("team", "chat"));
      case "UntagResource" ->
          new UntagResourceRequest().withResourceArn(roomArn).withTagKeys("team");
      case "UpdateLoggingConfiguration" -> new UpdateLoggingConfigurationRequest().withIdentifier(lc);
      case "UpdateRoom" -> new UpdateRoomRequest().withIdentifier(roomArn);
      default -> throw new IllegalArgumentException(
          "No base request for " + operation + "; a new operation in the model needs a fixture");
    };
  }

  /** Calls the operation through the {@code Amazonivschat} interface, as a user would. */
  Object call(String operation, AmazonWebServiceRequest request) {
    try {
      Method method = Amazonivschat.class.getMethod(
          Character.toLowerCase(operation.charAt(0)) + operation.substring(1), request.getClass());
      return method.invoke(fake, request);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
