package dev.ivschat.testkit.server.contract;

import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.contract.ContractSuite;
import dev.ivschat.testkit.sdk2.contract.V2Target;
import dev.ivschat.testkit.server.IvsChatServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatClient;

/**
 * The whole contract through the real SDK v2 {@code IvschatClient} (Apache HTTP client, SigV4,
 * retries off) against the local server: every rule the in-process fakes pass is also passed on
 * the wire. Each target's IVS Chat is bound to its client's own access key on one server.
 */
class V2OverHttpContractTest extends ContractSuite {
  private static IvsChatServer server;
  private static ClientPool<IvschatClient> clients;

  V2OverHttpContractTest() {
    super(V2OverHttpContractTest::target);
  }

  @BeforeAll
  static void startServer() {
    server = IvsChatServer.start();
    clients = new ClientPool<>("AKIDCONTRACTV2N", (key, region) -> IvschatClient.builder()
        .endpointOverride(server.endpoint())
        .region(Region.of(region))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(key, "contract-secret")))
        .httpClientBuilder(ApacheHttpClient.builder())
        .overrideConfiguration(o -> o.retryPolicy(RetryPolicy.none()))
        .build(), IvschatClient::close);
  }

  @AfterAll
  static void stopServer() {
    clients.close();
    server.close();
  }

  private static V2Target target(IvsChat ivsChat) {
    ClientPool.Lease<IvschatClient> lease = clients.lease(ivsChat.config().region());
    server.bind(lease.accessKeyId(), ivsChat);
    return V2Target.of("SDK v2 over HTTP", lease.client(), ivsChat, () -> {
      server.unbind(lease.accessKeyId(), lease.region());
      clients.giveBack(lease);
    });
  }
}
