package com.example.chat;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.ivschat.AmazonivschatAsync;
import com.amazonaws.services.ivschat.model.DeleteRoomRequest;
import dev.ivschat.testkit.Faults;
import dev.ivschat.testkit.IvsChatControl;
import dev.ivschat.testkit.Operation;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.ServiceError;
import dev.ivschat.testkit.junit5.IvsChatTest;
import dev.ivschat.testkit.server.ServerAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.AccessDeniedException;
import software.amazon.awssdk.services.ivschat.model.ResourceNotFoundException;

/** More of server mode as a user writes it: errors, faults, async clients, an own client. */
@Timeout(60)
@IvsChatTest(server = true)
class LocalServerMoreTest {

  @Test
  void faults_and_errors_reach_the_real_client_as_the_sdks_exceptions(IvschatClient ivschat,
      Faults faults) {
    faults.on(Operation.CREATE_ROOM).nthCall(1).fail(ServiceError.accessDenied());

    assertThatThrownBy(() -> ivschat.createRoom(r -> r.name("lobby")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> ivschat.getRoom(
        r -> r.identifier("arn:aws:ivschat:us-east-1:123456789012:room/nope")))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void the_async_clients_are_real_too(IvschatAsyncClient v2, AmazonivschatAsync v1,
      IvsChatControl control) throws Exception {
    String room = v2.createRoom(r -> r.name("lobby")).get(10, SECONDS).arn();

    v1.deleteRoomAsync(new DeleteRoomRequest().withIdentifier(room)).get(10, SECONDS);

    assertThat(control.rooms()).isEmpty();
    assertThat(control.calls()).extracting(c -> c.operation())
        .containsExactly(Operation.CREATE_ROOM, Operation.DELETE_ROOM);
  }

  @Test
  void a_test_can_point_its_own_client_at_the_account(ServerAccount account,
      IvsChatControl control) {
    try (IvschatClient own = IvschatClient.builder()
        .endpointOverride(account.endpoint())
        .region(Region.of(account.region()))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(account.accessKeyId(), account.secretAccessKey())))
        .build()) {
      own.createRoom(r -> r.name("lobby"));
    }

    assertThat(control.rooms()).extracting(Room::name).containsExactly("lobby");
  }
}
