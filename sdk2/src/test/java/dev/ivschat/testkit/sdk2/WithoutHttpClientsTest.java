package dev.ivschat.testkit.sdk2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The fake works on a class path without the SDK's HTTP clients (which this module excludes from
 * its dependencies): {@link NoHttpClientsScenario} runs in a class loader that sees the test class
 * path minus apache-client, netty-nio-client and their libraries.
 */
class WithoutHttpClientsTest {
  private static final List<String> HTTP_CLIENT_JARS = List.of("apache-client-", "netty-",
      "httpclient-", "httpcore-", "commons-logging-", "commons-codec-");

  @Test
  void sync_async_paginators_and_errors_work_without_http_clients() throws Exception {
    try (URLClassLoader loader = withoutHttpClients()) {
      assertThatThrownBy(() -> loader.loadClass(
          "software.amazon.awssdk.http.apache.ApacheHttpClient"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> loader.loadClass(
          "software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient"))
          .isInstanceOf(ClassNotFoundException.class);

      Class<?> scenario = loader.loadClass(NoHttpClientsScenario.class.getName());
      assertThat(scenario.getClassLoader()).isSameAs(loader);
      @SuppressWarnings("unchecked")
      Callable<String> run = (Callable<String>) scenario.getDeclaredConstructor().newInstance();

      assertThat(run.call()).isEqualTo("rooms=3 pages=2 error=ResourceNotFoundException "
          + "async=CompletionException/ResourceNotFoundException");
    }
  }

  private static URLClassLoader withoutHttpClients() {
    URL[] urls = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(File::new)
        .filter(f -> HTTP_CLIENT_JARS.stream().noneMatch(f.getName()::startsWith))
        .map(WithoutHttpClientsTest::url).toArray(URL[]::new);
    assertThat(urls).anySatisfy(u -> assertThat(u.toString()).contains("ivschat-2.40.2"));
    return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
  }

  private static URL url(File f) {
    try {
      return f.toURI().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
