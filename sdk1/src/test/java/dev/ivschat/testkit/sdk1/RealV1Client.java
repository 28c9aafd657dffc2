package dev.ivschat.testkit.sdk1;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.services.ivschat.Amazonivschat;
import com.amazonaws.services.ivschat.AmazonivschatClientBuilder;
import com.amazonaws.services.ivschat.model.CreateRoomRequest;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** The real v1 client, observed against a loopback server, so the fake can be held to it. */
final class RealV1Client {
  private RealV1Client() {
  }

  /** What a real client built by AmazonivschatClientBuilder throws when called after shutdown(). */
  static RuntimeException failureAfterShutdown() {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
    });
    server.start();
    try {
      Amazonivschat real = AmazonivschatClientBuilder.standard()
          .withEndpointConfiguration(new EndpointConfiguration(
              "http://127.0.0.1:" + server.getAddress().getPort(), "us-east-1"))
          .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("AKID", "s")))
          .build();
      real.shutdown();
      try {
        real.createRoom(new CreateRoomRequest());
      } catch (RuntimeException e) {
        return e;
      }
      throw new AssertionError("the real client accepted a call after shutdown()");
    } finally {
      server.stop(0);
    }
  }
}
