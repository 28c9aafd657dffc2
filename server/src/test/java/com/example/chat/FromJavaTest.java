package com.example.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.Room;
import dev.ivschat.testkit.server.IvsChatServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.services.ivschat.model.CreateRoomRequest;

/** The module README's "From Java" example, as a user writes it. */
class FromJavaTest {
  @Test
  void a_real_client_creates_a_room_on_a_server_started_from_java() {
    try (IvsChatServer server = IvsChatServer.start()) {          // 127.0.0.1, a free port
      IvschatClient client = IvschatClient.builder()
          .endpointOverride(server.endpoint())                     // http://127.0.0.1:PORT
          .region(Region.US_EAST_1)
          .credentialsProvider(StaticCredentialsProvider.create(
              AwsBasicCredentials.create("AKIDTEST1", "any-secret")))
          .build();
      client.createRoom(CreateRoomRequest.builder().name("lobby").build());

      IvsChat account = server.account("AKIDTEST1");                // the key's account, in process
      assertThat(account.rooms()).extracting(Room::name).containsExactly("lobby");
      client.close();
    }
  }
}
