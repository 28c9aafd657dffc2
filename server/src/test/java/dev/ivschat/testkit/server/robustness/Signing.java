package dev.ivschat.testkit.server.robustness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * SigV4 headers for hand-made requests, from the real v2 signer, so that a malformed request
 * is refused for what is malformed in it and not for a missing signature.
 */
final class Signing {
  static final String REGION = "us-east-1";
  static final String SECRET = "robustness-secret";

  private Signing() {
  }

  /**
   * The headers a v2 client would send (Host, X-Amz-Date, x-amz-content-sha256, Authorization,
   * and Content-Type/Content-Length when there is a body), in order.
   *
   * @param method the method to sign (a method the SDK does not know is signed as POST)
   * @param encodedPath the path as it goes on the wire
   * @param port the server's port
   * @param accessKeyId the key (selects the account)
   * @param body the body, or null for none
   * @return name/value pairs
   */
  static List<Map.Entry<String, String>> headers(String method, String encodedPath, int port,
      String accessKeyId, byte[] body) {
    SdkHttpMethod sdkMethod;
    try {
      sdkMethod = SdkHttpMethod.fromValue(method);
    } catch (IllegalArgumentException e) {
      sdkMethod = SdkHttpMethod.POST;
    }
    SdkHttpRequest.Builder builder = SdkHttpRequest.builder()
        .method(sdkMethod)
        .protocol("http")
        .host("127.0.0.1")
        .port(port)
        .encodedPath(encodedPath);
    if (body != null) {
      builder.putHeader("Content-Type", "application/json");
      builder.putHeader("Content-Length", String.valueOf(body.length));
    }
    SdkHttpRequest request = builder.build();
    SdkHttpRequest signed = AwsV4HttpSigner.create()
        .sign(r -> r.identity(AwsCredentialsIdentity.create(accessKeyId, SECRET))
            .request(request)
            .payload(body == null ? null : ContentStreamProvider.fromByteArray(body))
            .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "ivschat")
            .putProperty(AwsV4HttpSigner.REGION_NAME, REGION))
        .request();
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    signed.forEachHeader((name, values) -> values.forEach(v -> headers.add(Map.entry(name, v))));
    return headers;
  }

  /**
   * A whole signed HTTP/1.1 request as bytes.
   *
   * @param method the method on the wire
   * @param encodedPath the target
   * @param port the port
   * @param accessKeyId the key
   * @param body the body, or null
   * @param extraHeaders more header lines ("Name: value"), unsigned
   * @return the bytes
   */
  static byte[] request(String method, String encodedPath, int port, String accessKeyId,
      byte[] body, String... extraHeaders) {
    StringBuilder head = new StringBuilder();
    head.append(method).append(' ').append(encodedPath).append(" HTTP/1.1\r\n");
    for (Map.Entry<String, String> h : headers(method, encodedPath, port, accessKeyId, body)) {
      head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
    }
    for (String extra : extraHeaders) {
      head.append(extra).append("\r\n");
    }
    head.append("\r\n");
    byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] bodyBytes = body == null ? new byte[0] : body;
    byte[] all = new byte[headBytes.length + bodyBytes.length];
    System.arraycopy(headBytes, 0, all, 0, headBytes.length);
    System.arraycopy(bodyBytes, 0, all, headBytes.length, bodyBytes.length);
    return all;
  }
}
