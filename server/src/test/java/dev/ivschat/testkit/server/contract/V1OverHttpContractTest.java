package dev.ivschat.testkit.server.contract;

import com.amazonaws.ClientConfiguration;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.retry.PredefinedRetryPolicies;
import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.AmazonivschatClientBuilder;
import dev.ivschat.testkit.IvsChat;
import dev.ivschat.testkit.contract.ContractSuite;
import dev.ivschat.testkit.sdk1.contract.V1Target;
import dev.ivschat.testkit.server.IvsChatServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The whole contract through the real SDK v1 {@code AmazonivschatClient} (SigV4, retries off)
 * against the local server. Each target's IVS Chat is bound to its client's own access key on
 * one server.
 */
class V1OverHttpContractTest extends ContractSuite {
  private static IvsChatServer server;
  private static ClientPool<Amazonivschat> clients;

  V1OverHttpContractTest() {
    super(V1OverHttpContractTest::target);
  }

  @BeforeAll
  static void startServer() {
    server = IvsChatServer.start();
    clients = new ClientPool<>("AKIDCONTRACTV1N", (key, region) ->
        AmazonivschatClientBuilder.standard()
            .withEndpointConfiguration(new EndpointConfiguration(server.endpoint().toString(),
                region))
            .withCredentials(new AWSStaticCredentialsProvider(
                new BasicAWSCredentials(key, "contract-secret")))
            .withClientConfiguration(new ClientConfiguration()
                .withRetryPolicy(PredefinedRetryPolicies.NO_RETRY_POLICY))
            .build(), Amazonivschat::shutdown);
  }

  @AfterAll
  static void stopServer() {
    clients.close();
    server.close();
  }

  private static V1Target target(IvsChat ivsChat) {
    ClientPool.Lease<Amazonivschat> lease = clients.lease(ivsChat.config().region());
    server.bind(lease.accessKeyId(), ivsChat);
    return V1Target.real("SDK v1 over HTTP", lease.client(), ivsChat, () -> {
      server.unbind(lease.accessKeyId(), lease.region());
      clients.giveBack(lease);
    });
  }
}
