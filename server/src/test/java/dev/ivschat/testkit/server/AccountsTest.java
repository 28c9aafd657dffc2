package dev.ivschat.testkit.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.IvsChatConfig;
import dev.ivschat.testkit.Room;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatClient;

/** Which account a signed request reaches: its access key id and its signing region. */
class AccountsTest {
  private final IvsChatServer server = IvsChatServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void each_access_key_id_has_rooms_of_its_own() {
    try (IvschatClient alice = client("AKIDALICE", Region.US_EAST_1);
        IvschatClient bob = client("AKIDBOB", Region.US_EAST_1)) {
      alice.createRoom(r -> r.name("alices"));
      bob.createRoom(r -> r.name("bobs"));

      assertThat(alice.listRooms(r -> { }).rooms()).extracting(r -> r.name())
          .containsExactly("alices");
      assertThat(server.account("AKIDBOB").rooms()).extracting(Room::name)
          .containsExactly("bobs");
    }
  }

  @Test
  void a_twelve_digit_access_key_id_is_the_account_id_in_the_arns() {
    try (IvschatClient client = client("210987654321", Region.US_EAST_1)) {
      String arn = client.createRoom(r -> r.name("lobby")).arn();

      assertThat(arn).startsWith("arn:aws:ivschat:us-east-1:210987654321:room/");
    }
  }

  @Test
  void any_other_key_gets_the_default_account_id() {
    try (IvschatClient client = client("AKIDOTHER", Region.US_EAST_1)) {
      assertThat(client.createRoom(r -> r.name("lobby")).arn())
          .startsWith("arn:aws:ivschat:us-east-1:" + IvsChatConfig.DEFAULT_ACCOUNT_ID + ":room/");
    }
  }

  @Test
  void the_signing_region_picks_the_region_of_the_account() {
    try (IvschatClient client = client("AKIDREGIONS", Region.EU_WEST_1)) {
      String arn = client.createRoom(r -> r.name("lobby")).arn();

      assertThat(arn).startsWith("arn:aws:ivschat:eu-west-1:");
      assertThat(server.account("AKIDREGIONS", "eu-west-1").rooms()).hasSize(1);
      assertThat(server.account("AKIDREGIONS").rooms()).isEmpty();
    }
  }

  @Test
  void a_bound_ivs_chat_is_what_its_key_reaches_and_reset_clears_it() {
    IvsChat mine = new IvsChat(IvsChatConfig.builder().accountId("111122223333").build());
    server.bind("AKIDMINE", mine);
    try (IvschatClient client = client("AKIDMINE", Region.US_EAST_1)) {
      client.createRoom(r -> r.name("lobby"));

      assertThat(mine.rooms()).extracting(Room::arn).singleElement().asString()
          .contains(":111122223333:");
      server.reset();
      assertThat(mine.rooms()).isEmpty();
      assertThat(mine.isClosed()).isFalse();
    } finally {
      mine.close();
    }
  }

  @Test
  void reset_drops_the_accounts_the_server_made() {
    try (IvschatClient client = client("AKIDRESET", Region.US_EAST_1)) {
      client.createRoom(r -> r.name("lobby"));
      server.reset();

      assertThat(client.listRooms(r -> { }).rooms()).isEmpty();
    }
  }

  private IvschatClient client(String key, Region region) {
    return IvschatClient.builder()
        .endpointOverride(server.endpoint())
        .region(region)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(key, "secret")))
        .httpClientBuilder(ApacheHttpClient.builder())
        .build();
  }
}
