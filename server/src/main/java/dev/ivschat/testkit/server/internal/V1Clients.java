package dev.ivschat.testkit.server.internal;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.AmazonivschatAsync;
import com.amazonaws.services.ivschat.AmazonivschatAsyncClientBuilder;
import com.amazonaws.services.ivschat.AmazonivschatClientBuilder;
import dev.ivschat.testkit.server.ServerAccount;
import java.util.List;

/** The real AWS SDK for Java v1 clients, with the SDK's default configuration. */
final class V1Clients implements SdkClients {

  @Override
  public List<Class<?>> types() {
    return List.of(Amazonivschat.class, AmazonivschatAsync.class);
  }

  @Override
  public Object make(Class<?> type, ServerAccount account) {
    EndpointConfiguration endpoint = new EndpointConfiguration(account.endpoint().toString(),
        account.region());
    AWSStaticCredentialsProvider credentials = new AWSStaticCredentialsProvider(
        new BasicAWSCredentials(account.accessKeyId(), account.secretAccessKey()));
    if (type == Amazonivschat.class) {
      return AmazonivschatClientBuilder.standard().withEndpointConfiguration(endpoint)
          .withCredentials(credentials).build();
    }
    if (type == AmazonivschatAsync.class) {
      return AmazonivschatAsyncClientBuilder.standard().withEndpointConfiguration(endpoint)
          .withCredentials(credentials).build();
    }
    throw new IllegalArgumentException("The SDK v1 has no client of type " + type);
  }

  @Override
  public void close(Object client) {
    ((Amazonivschat) client).shutdown();
  }
}
