package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.server.ServerAccount;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ivschat.IvschatAsyncClient;
import software.amazon.awssdk.services.ivschat.IvschatClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The real AWS SDK for Java v2 clients, with the SDK's default configuration. No HTTP client is
 * chosen: the SDK takes the one on the class path, as it does for the application.
 */
final class V2Clients implements SdkClients {

  @Override
  public List<Class<?>> types() {
    return List.of(IvschatClient.class, IvschatAsyncClient.class);
  }

  @Override
  public Object make(Class<?> type, ServerAccount account) {
    StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
        AwsBasicCredentials.create(account.accessKeyId(), account.secretAccessKey()));
    Region region = Region.of(account.region());
    try {
      if (type == IvschatClient.class) {
        return IvschatClient.builder().endpointOverride(account.endpoint()).region(region)
            .credentialsProvider(credentials).build();
      }
      if (type == IvschatAsyncClient.class) {
        return IvschatAsyncClient.builder().endpointOverride(account.endpoint()).region(region)
            .credentialsProvider(credentials).build();
      }
    } catch (SdkClientException e) {
      throw new IllegalStateException(cannotBuild(type, e), e);
    }
    throw new IllegalArgumentException("The SDK v2 has no client of type " + type);
  }

  /** What to add when the SDK finds no HTTP client: the sync and async ones differ. */
  static String cannotBuild(Class<?> type, SdkException e) {
    boolean async = type == IvschatAsyncClient.class;
    return "Could not build an " + type.getSimpleName() + " for the local IVS Chat server: "
        + e.getMessage() + " The AWS SDK for Java v2 takes the HTTP client on the class path; "
        + "for an " + type.getSimpleName() + " add one in test scope, e.g. "
        + (async ? "software.amazon.awssdk:netty-nio-client (or aws-crt-client)"
            : "software.amazon.awssdk:apache-client (or url-connection-client)") + ".";
  }

  @Override
  public void close(Object client) {
    ((SdkAutoCloseable) client).close();
  }
}
