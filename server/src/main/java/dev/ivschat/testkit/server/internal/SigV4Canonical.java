package dev.ivschat.testkit.server.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SigV4 canonical request, string to sign and signature, computed the way the non-S3 AWS
 * signers do (WIRE.md §3.2): the raw path encoded once more with {@code /} kept, the query
 * form-decoded then RFC 3986-encoded and sorted, exactly the signed headers with trimmed values.
 */
final class SigV4Canonical {

  static final String ALGORITHM = "AWS4-HMAC-SHA256";
  static final String TERMINATOR = "aws4_request";

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final char[] UPPER_HEX = "0123456789ABCDEF".toCharArray();

  private SigV4Canonical() {}

  /**
   * The canonical request.
   *
   * @param headers names lower-cased
   * @param signedHeaders the lower-cased names from {@code SignedHeaders}, in the order given
   * @param payloadHash the hex SHA-256 of the body, or the {@code x-amz-content-sha256} value
   */
  static String canonicalRequest(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      List<String> signedHeaders,
      String payloadHash) {
    StringBuilder out = new StringBuilder(256);
    out.append(method).append('\n');
    out.append(canonicalUri(rawPath)).append('\n');
    out.append(canonicalQuery(rawQuery)).append('\n');
    for (String name : signedHeaders) {
      out.append(name).append(':').append(canonicalValue(headers.get(name))).append('\n');
    }
    out.append('\n');
    out.append(String.join(";", signedHeaders)).append('\n');
    out.append(payloadHash);
    return out.toString();
  }

  static String stringToSign(String amzDate, String scope, String canonicalRequest) {
    return ALGORITHM
        + '\n'
        + amzDate
        + '\n'
        + scope
        + '\n'
        + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
  }

  /** The lower-case hex signature of {@code stringToSign}. */
  static String signature(
      String secret, String date, String region, String service, String stringToSign) {
    byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), date);
    key = hmac(key, region);
    key = hmac(key, service);
    key = hmac(key, TERMINATOR);
    return hex(hmac(key, stringToSign));
  }

  /**
   * The raw path, RFC 3986-encoded again with {@code /} kept ({@code %3A} becomes {@code %253A}).
   */
  static String canonicalUri(String rawPath) {
    if (rawPath == null || rawPath.isEmpty()) {
      return "/";
    }
    return encode(rawPath, true);
  }

  /** The raw query, each name and value form-decoded then RFC 3986-encoded, sorted, joined. */
  static String canonicalQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return "";
    }
    List<String[]> pairs = new ArrayList<>();
    for (String part : rawQuery.split("&", -1)) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      pairs.add(new String[] {encode(formDecode(name), false), encode(formDecode(value), false)});
    }
    pairs.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
    StringBuilder out = new StringBuilder(rawQuery.length() + 16);
    for (String[] pair : pairs) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(pair[0]).append('=').append(pair[1]);
    }
    return out.toString();
  }

  /**
   * The values of one header joined with {@code ,}, each trimmed with inner whitespace collapsed.
   */
  static String canonicalValue(List<String> values) {
    if (values == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    boolean first = true;
    for (String value : values) {
      if (!first) {
        out.append(',');
      }
      first = false;
      appendTrimmed(out, value);
    }
    return out.toString();
  }

  static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  static String hex(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[bytes[i] & 0xF];
    }
    return new String(out);
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }

  private static void appendTrimmed(StringBuilder out, String value) {
    if (value == null) {
      return;
    }
    boolean pendingSpace = false;
    boolean any = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f') {
        pendingSpace = any;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
        any = true;
      }
    }
  }

  /**
   * {@code application/x-www-form-urlencoded} decoding that never throws: bad escapes stay as is.
   */
  private static String formDecode(String s) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%'
          && i + 2 < s.length()
          && hexValue(s.charAt(i + 1)) >= 0
          && hexValue(s.charAt(i + 2)) >= 0) {
        bytes.write(hexValue(s.charAt(i + 1)) * 16 + hexValue(s.charAt(i + 2)));
        i += 2;
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          utf8 = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(utf8, 0, utf8.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return -1;
  }

  /** RFC 3986 encoding: unreserved characters (and {@code /} if asked) kept, the rest as %XX. */
  private static String encode(String s, boolean keepSlash) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~'
          || (keepSlash && c == '/')) {
        out.append((char) c);
      } else {
        out.append('%').append(UPPER_HEX[c >> 4]).append(UPPER_HEX[c & 0xF]);
      }
    }
    return out.toString();
  }
}
