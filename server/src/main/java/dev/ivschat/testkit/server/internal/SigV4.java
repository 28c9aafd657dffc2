package dev.ivschat.testkit.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks the AWS Signature Version 4 of a request received by the local endpoint, in pure JDK code,
 * answering with the error AWS would give.
 *
 * <p>Two modes: {@link #identify} (the default, lenient) only requires a well-formed {@code
 * Authorization} header scoped to {@code ivschat} and tells who signed; {@link #verify} (strict)
 * also looks the secret up, checks the date against the wall clock and recomputes the signature.
 * Neither throws, whatever the input: every outcome is a {@link Result}.
 *
 * <pre>{@code
 * SigV4.Result result =
 *     SigV4.verify(request, keys::get, Instant.now(), SigV4.DEFAULT_MAX_SKEW);
 * if (result instanceof SigV4.Rejected rejected) {
 *   // answer rejected.status() with x-amzn-ErrorType: rejected.code() and rejected.message()
 * }
 * }</pre>
 */
public final class SigV4 {

  /** The signing name every ivschat client puts in its credential scope. */
  public static final String SERVICE = "ivschat";

  /** The clock skew AWS tolerates before "Signature expired" / "Signature not yet current". */
  public static final Duration DEFAULT_MAX_SKEW = Duration.ofMinutes(5);

  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter SCOPE_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private SigV4() {}

  /**
   * What of a request a signature covers, as received on the wire. Never throws: nulls become empty
   * values, header names are lower-cased (values of names that differ only in case are merged, in
   * order) and the body is copied.
   *
   * @param method the HTTP method, e.g. {@code POST}
   * @param rawPath the undecoded path exactly as received, e.g. {@code
   *     /tags/arn%3Aaws%3Aivschat%3Aus-east-1%3A123456789012%3Aroom%2FabcD}
   * @param rawQuery the undecoded query string after {@code ?}, or null
   * @param headers names (lower-cased) to the values as received, several values of one name in
   *     order
   * @param body the raw body bytes (an empty array for none)
   */
  public record SignedRequest(
      String method,
      String rawPath,
      String rawQuery,
      Map<String, List<String>> headers,
      byte[] body) {

    /**
     * Normalises the components as described on the type.
     *
     * @param method the HTTP method; null becomes empty
     * @param rawPath the undecoded path, or null
     * @param rawQuery the undecoded query, or null
     * @param headers the headers; null becomes empty, names are lower-cased
     * @param body the body; null becomes empty, copied
     */
    public SignedRequest {
      method = method == null ? "" : method;
      headers = normalize(headers);
      body = body == null ? new byte[0] : body.clone();
    }

    /**
     * A copy of the body.
     *
     * @return the raw body bytes, never null
     */
    @Override
    public byte[] body() {
      return body.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof SignedRequest that
          && method.equals(that.method)
          && Objects.equals(rawPath, that.rawPath)
          && Objects.equals(rawQuery, that.rawQuery)
          && headers.equals(that.headers)
          && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
      return Objects.hash(method, rawPath, rawQuery, headers) * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
      return "SignedRequest["
          + method
          + " "
          + rawPath
          + (rawQuery == null ? "" : "?" + rawQuery)
          + ", headers="
          + headers
          + ", body="
          + body.length
          + " bytes]";
    }

    private static Map<String, List<String>> normalize(Map<String, List<String>> headers) {
      if (headers == null) {
        return Map.of();
      }
      Map<String, List<String>> merged = new LinkedHashMap<>();
      for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
        if (entry.getKey() == null || entry.getValue() == null) {
          continue;
        }
        List<String> values =
            merged.computeIfAbsent(entry.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
        for (String value : entry.getValue()) {
          if (value != null) {
            values.add(value);
          }
        }
      }
      Map<String, List<String>> copy = new LinkedHashMap<>();
      merged.forEach((name, values) -> copy.put(name, List.copyOf(values)));
      return Collections.unmodifiableMap(copy);
    }
  }

  /**
   * The credential scope of a well-formed {@code Authorization} header.
   *
   * @param accessKeyId the access key id that signed
   * @param date the scope date, {@code yyyyMMdd}
   * @param region the scope region, e.g. {@code us-east-1}
   * @param service the scope service, {@code ivschat}
   */
  public record Credential(String accessKeyId, String date, String region, String service) {}

  /** The outcome of {@link #identify} or {@link #verify}: accepted or rejected. */
  public sealed interface Result permits Accepted, Rejected {}

  /**
   * The request is accepted as signed by {@code credential}.
   *
   * @param credential who signed, for which region
   */
  public record Accepted(Credential credential) implements Result {}

  /**
   * The request is refused as AWS would refuse it.
   *
   * @param code the AWS error code, e.g. {@code InvalidSignatureException}, for {@code
   *     x-amzn-ErrorType} and {@code __type}
   * @param status the HTTP status
   * @param message the message AWS gives
   */
  public record Rejected(String code, int status, String message) implements Result {}

  /**
   * Lenient mode: requires a well-formed {@code AWS4-HMAC-SHA256} {@code Authorization} header
   * scoped to service {@code ivschat} and a well-formed {@code X-Amz-Date}, without checking the
   * signature, the secret or the clock.
   *
   * @param request the request as received
   * @return {@link Accepted} with the credential scope, or {@link Rejected} with {@code
   *     MissingAuthenticationTokenException} (403, no header), {@code IncompleteSignatureException}
   *     (400, unparseable) or {@code InvalidSignatureException} (403, another service's scope)
   */
  public static Result identify(SignedRequest request) {
    return identify(request, SERVICE);
  }

  /**
   * Strict mode: {@link #identify}, then look up the secret, check {@code X-Amz-Date} against
   * {@code now} and recompute the signature as the AWS signers do.
   *
   * @param request the request as received
   * @param secretOf the secret access key of an access key id, or null for an unknown key
   * @param now the current wall-clock time (not a test's virtual clock); null means {@link
   *     Instant#now()}
   * @param maxSkew how far {@code X-Amz-Date} may be from {@code now} either way; null or negative
   *     means {@link #DEFAULT_MAX_SKEW}
   * @return {@link Accepted}, or {@link Rejected} with, besides the {@link #identify} outcomes,
   *     {@code UnrecognizedClientException} (403, unknown key) or {@code InvalidSignatureException}
   *     (403, date outside the window or signature mismatch)
   */
  public static Result verify(
      SignedRequest request, Function<String, String> secretOf, Instant now, Duration maxSkew) {
    return verify(request, SERVICE, secretOf, now, maxSkew);
  }

  static Result identify(SignedRequest request, String service) {
    Parse parse = parse(request, service);
    return parse.rejected != null ? parse.rejected : new Accepted(parse.header.credential);
  }

  static Result verify(
      SignedRequest request,
      String service,
      Function<String, String> secretOf,
      Instant now,
      Duration maxSkew) {
    Parse parse = parse(request, service);
    if (parse.rejected != null) {
      return parse.rejected;
    }
    AuthHeader header = parse.header;
    Credential credential = header.credential;
    String secret = secretOf(secretOf, credential.accessKeyId());
    if (secret == null) {
      return SigV4Rejections.unrecognizedClient();
    }
    Rejected skewed = checkSkew(header, now == null ? Instant.now() : now, maxSkew);
    if (skewed != null) {
      return skewed;
    }
    if (!header.amzDate.startsWith(credential.date())) {
      return SigV4Rejections.scopeDateMismatch(credential.date(), header.amzDate);
    }
    String declared = first(request.headers(), "x-amz-content-sha256");
    if (declared != null && declared.startsWith("STREAMING-")) {
      return SigV4Rejections.streamingPayload(declared);
    }
    String payloadHash = payloadHash(declared, request.body);
    String canonicalRequest =
        SigV4Canonical.canonicalRequest(
            request.method(),
            request.rawPath(),
            request.rawQuery(),
            request.headers(),
            header.signedHeaders,
            payloadHash);
    String scope =
        String.join(
            "/",
            credential.date(),
            credential.region(),
            credential.service(),
            SigV4Canonical.TERMINATOR);
    String stringToSign = SigV4Canonical.stringToSign(header.amzDate, scope, canonicalRequest);
    String expected =
        SigV4Canonical.signature(
            secret, credential.date(), credential.region(), credential.service(), stringToSign);
    boolean matches =
        MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8),
            header.signature.getBytes(StandardCharsets.UTF_8));
    return matches
        ? new Accepted(credential)
        : SigV4Rejections.signatureMismatch(canonicalRequest, stringToSign);
  }

  /**
   * The canonical request the server computes, for tests and diagnostics.
   *
   * @return the canonical request, or null if the header cannot be parsed
   */
  static String canonicalRequest(SignedRequest request, String service) {
    Parse parse = parse(request, service);
    if (parse.rejected != null) {
      return null;
    }
    return SigV4Canonical.canonicalRequest(
        request.method(),
        request.rawPath(),
        request.rawQuery(),
        request.headers(),
        parse.header.signedHeaders,
        payloadHash(first(request.headers(), "x-amz-content-sha256"), request.body));
  }

  private static String secretOf(Function<String, String> secretOf, String accessKeyId) {
    if (secretOf == null) {
      return null;
    }
    try {
      return secretOf.apply(accessKeyId);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Rejected checkSkew(AuthHeader header, Instant now, Duration maxSkew) {
    Duration window = maxSkew == null || maxSkew.isNegative() ? DEFAULT_MAX_SKEW : maxSkew;
    Instant earliest = shift(now, window.negated(), Instant.MIN);
    Instant latest = shift(now, window, Instant.MAX);
    if (header.amzInstant.isBefore(earliest)) {
      return SigV4Rejections.signatureExpired(
          header.amzDate, format(earliest), format(now), window);
    }
    if (header.amzInstant.isAfter(latest)) {
      return SigV4Rejections.signatureNotYetCurrent(
          header.amzDate, format(latest), format(now), window);
    }
    return null;
  }

  private static Instant shift(Instant instant, Duration by, Instant whenOutOfRange) {
    try {
      return instant.plus(by);
    } catch (DateTimeException | ArithmeticException e) {
      return whenOutOfRange;
    }
  }

  /**
   * The payload hash of the canonical request: {@code x-amz-content-sha256} when the client sent
   * one (e.g. {@code UNSIGNED-PAYLOAD}), except that a hex digest the body does not have is
   * replaced by the body's, so an altered body fails as a signature mismatch.
   */
  private static String payloadHash(String declared, byte[] body) {
    String bodyHash = SigV4Canonical.hex(SigV4Canonical.sha256(body));
    if (declared == null || (isSha256Hex(declared) && !declared.equalsIgnoreCase(bodyHash))) {
      return bodyHash;
    }
    return declared;
  }

  private static boolean isSha256Hex(String value) {
    if (value.length() != 64) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.digit(value.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static Parse parse(SignedRequest request, String service) {
    if (request == null) {
      return Parse.rejected(SigV4Rejections.missingAuthenticationToken());
    }
    List<String> authorizations = request.headers().getOrDefault("authorization", List.of());
    List<String> present = new ArrayList<>();
    for (String value : authorizations) {
      if (!value.isBlank()) {
        present.add(value.strip());
      }
    }
    if (present.isEmpty()) {
      return Parse.rejected(SigV4Rejections.missingAuthenticationToken());
    }
    if (present.size() > 1) {
      return Parse.rejected(SigV4Rejections.multipleAuthorizationHeaders());
    }
    String authorization = present.get(0);
    String[] tokens = authorization.split("[,\\s]+");
    String algorithm = tokens.length == 0 ? "" : tokens[0];
    if (!SigV4Canonical.ALGORITHM.equals(algorithm)) {
      return Parse.rejected(SigV4Rejections.unsupportedAlgorithm(algorithm));
    }
    String credential = null;
    String signedHeaders = null;
    String signature = null;
    for (int i = 1; i < tokens.length; i++) {
      String token = tokens[i];
      if (token.isEmpty()) {
        continue;
      }
      int eq = token.indexOf('=');
      if (eq < 0) {
        return Parse.rejected(SigV4Rejections.notKeyValuePair(token, authorization));
      }
      String key = token.substring(0, eq);
      String value = token.substring(eq + 1);
      if (value.isEmpty()) {
        continue;
      }
      if (key.equalsIgnoreCase("Credential") && credential == null) {
        credential = value;
      } else if (key.equalsIgnoreCase("SignedHeaders") && signedHeaders == null) {
        signedHeaders = value;
      } else if (key.equalsIgnoreCase("Signature") && signature == null) {
        signature = value;
      }
    }
    List<String> signedNames = signedHeaderNames(signedHeaders);
    String amzDate = first(request.headers(), "x-amz-date");
    if (credential == null || signedNames.isEmpty() || signature == null || amzDate == null) {
      return Parse.rejected(
          SigV4Rejections.missingParts(
              credential == null,
              signedNames.isEmpty(),
              signature == null,
              amzDate == null,
              authorization));
    }
    String[] scope = credential.split("/", -1);
    if (scope.length != 5 || Arrays.stream(scope).anyMatch(String::isEmpty) || !isDate(scope[1])) {
      return Parse.rejected(SigV4Rejections.malformedCredential(credential));
    }
    if (!SigV4Canonical.TERMINATOR.equals(scope[4])) {
      return Parse.rejected(SigV4Rejections.wrongTerminator(scope[4]));
    }
    if (!scope[3].equals(service)) {
      return Parse.rejected(SigV4Rejections.wrongService(service));
    }
    Instant amzInstant;
    try {
      amzInstant = LocalDateTime.parse(amzDate, AMZ_DATE).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return Parse.rejected(SigV4Rejections.malformedDate(amzDate));
    }
    return new Parse(
        new AuthHeader(
            new Credential(scope[0], scope[1], scope[2], scope[3]),
            signedNames,
            signature,
            amzDate,
            amzInstant),
        null);
  }

  private static List<String> signedHeaderNames(String signedHeaders) {
    if (signedHeaders == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String name : signedHeaders.split(";")) {
      String trimmed = name.strip().toLowerCase(Locale.ROOT);
      if (!trimmed.isEmpty()) {
        names.add(trimmed);
      }
    }
    return List.copyOf(names);
  }

  private static boolean isDate(String yyyymmdd) {
    try {
      SCOPE_DATE.parse(yyyymmdd);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0).strip();
  }

  private static String format(Instant instant) {
    try {
      return AMZ_DATE.format(
          LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
    } catch (DateTimeException e) {
      return instant.toString();
    }
  }

  /** The parts of a well-formed {@code Authorization} header and {@code X-Amz-Date}. */
  private record AuthHeader(
      Credential credential,
      List<String> signedHeaders,
      String signature,
      String amzDate,
      Instant amzInstant) {}

  /** Either a parsed header or the rejection that stopped the parse. */
  private record Parse(AuthHeader header, Rejected rejected) {
    static Parse rejected(Rejected rejected) {
      return new Parse(null, rejected);
    }
  }
}
