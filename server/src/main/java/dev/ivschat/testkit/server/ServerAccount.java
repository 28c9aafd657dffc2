package dev.ivschat.testkit.server;

import java.net.URI;
import java.util.Objects;

/**
 * Where and as whom a client reaches one account of a running {@link IvsChatServer}: what a test
 * needs to configure its own client or application against the local server.
 *
 * <pre>{@code
 * @IvsChatTest(server = true)
 * class CheckoutTest {
 *   @Test
 *   void the_app_talks_to_the_local_server(ServerAccount account, IvsChatControl control) {
 *     IvschatClient client = IvschatClient.builder()
 *         .endpointOverride(account.endpoint())
 *         .region(Region.of(account.region()))
 *         .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
 *             account.accessKeyId(), account.secretAccessKey())))
 *         .build();
 *     ...
 *   }
 * }
 * }</pre>
 *
 * @param endpoint the HTTP endpoint for SDK clients and the AWS CLI, e.g.
 *     {@code http://127.0.0.1:43127}
 * @param chatEndpoint the chat WebSocket endpoint, e.g. {@code ws://127.0.0.1:43127}
 * @param accessKeyId the access key id that selects the account
 * @param secretAccessKey a secret to sign with (the server accepts any unless it verifies
 *     signatures)
 * @param region the region to sign for, which is the account's region
 */
public record ServerAccount(URI endpoint, URI chatEndpoint, String accessKeyId,
    String secretAccessKey, String region) {

  /**
   * Checks that no component is null.
   *
   * @param endpoint the HTTP endpoint
   * @param chatEndpoint the WebSocket endpoint
   * @param accessKeyId the access key id
   * @param secretAccessKey the secret
   * @param region the region
   */
  public ServerAccount {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(chatEndpoint, "chatEndpoint");
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(region, "region");
  }

  /**
   * The account of an access key id on a server, in a region.
   *
   * @param server the running server
   * @param accessKeyId the access key id
   * @param secretAccessKey the secret to sign with
   * @param region the region
   * @return the account's coordinates
   */
  public static ServerAccount of(IvsChatServer server, String accessKeyId, String secretAccessKey,
      String region) {
    return new ServerAccount(server.endpoint(), server.chatEndpoint(), accessKeyId,
        secretAccessKey, region);
  }

  /** Leaves the secret out. */
  @Override
  public String toString() {
    return "ServerAccount[endpoint=" + endpoint + ", chatEndpoint=" + chatEndpoint
        + ", accessKeyId=" + accessKeyId + ", region=" + region + "]";
  }
}
