package dev.ivschat.testkit.server.internal;

import dev.ivschat.testkit.server.internal.SigV4.Rejected;
import java.time.Duration;

/**
 * Every authentication failure {@link SigV4} can report, with the code, status and message AWS
 * uses, in one place so the whole surface can be audited against /work/notes/sigv4.md.
 *
 * <p>Codes are the restJson ones (no {@code Exception}-less Query codes such as {@code
 * SignatureDoesNotMatch}); statuses follow what restJson services answer (403 for everything the
 * caller's credentials or clock got wrong, 400 for a header that cannot be parsed).
 */
final class SigV4Rejections {

  /** No {@code Authorization} header at all. */
  static final String MISSING_AUTHENTICATION_TOKEN = "MissingAuthenticationTokenException";

  /** An {@code Authorization} or {@code X-Amz-Date} header that cannot be parsed. */
  static final String INCOMPLETE_SIGNATURE = "IncompleteSignatureException";

  /** An access key the server does not know. */
  static final String UNRECOGNIZED_CLIENT = "UnrecognizedClientException";

  /**
   * A signature that does not match, a scope for another service, or a date outside the window.
   * Every SDK that corrects clock skew treats this code as (possibly) clock skew.
   */
  static final String INVALID_SIGNATURE = "InvalidSignatureException";

  /** AWS's message for a signature that does not match. */
  static final String SIGNATURE_MISMATCH_MESSAGE =
      "The request signature we calculated does not match the signature you provided. Check your"
          + " AWS Secret Access Key and signing method. Consult the service documentation for"
          + " details.";

  private SigV4Rejections() {}

  static Rejected missingAuthenticationToken() {
    return new Rejected(MISSING_AUTHENTICATION_TOKEN, 403, "Missing Authentication Token");
  }

  /**
   * The header lacks some of its parts; AWS names each missing part, then echoes the header.
   *
   * @param credential whether {@code Credential=} is missing
   * @param signedHeaders whether {@code SignedHeaders=} is missing
   * @param signature whether {@code Signature=} is missing
   * @param date whether the {@code X-Amz-Date} header is missing
   */
  static Rejected missingParts(
      boolean credential,
      boolean signedHeaders,
      boolean signature,
      boolean date,
      String authorization) {
    StringBuilder message = new StringBuilder();
    if (credential) {
      message.append("Authorization header requires 'Credential' parameter. ");
    }
    if (signature) {
      message.append("Authorization header requires 'Signature' parameter. ");
    }
    if (signedHeaders) {
      message.append("Authorization header requires 'SignedHeaders' parameter. ");
    }
    if (date) {
      message.append(
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
    }
    message.append("Authorization=").append(authorization);
    return incomplete(message.toString());
  }

  static Rejected notKeyValuePair(String part, String authorization) {
    return incomplete(
        "'"
            + part
            + "' not a valid key=value pair (missing equal-sign) in Authorization header: '"
            + authorization
            + "'.");
  }

  static Rejected unsupportedAlgorithm(String algorithm) {
    return incomplete("Unsupported AWS 'algorithm': '" + algorithm + "'.");
  }

  static Rejected multipleAuthorizationHeaders() {
    return incomplete("Found multiple 'Authorization' headers; expected exactly one.");
  }

  static Rejected malformedCredential(String credential) {
    return incomplete(
        "Credential '"
            + credential
            + "' is mal-formed; expecting \"<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request\".");
  }

  static Rejected malformedDate(String date) {
    return incomplete(
        "Date must be in ISO-8601 'basic format'. Got '"
            + date
            + "'. See http://en.wikipedia.org/wiki/ISO_8601");
  }

  static Rejected streamingPayload(String contentSha256) {
    return incomplete(
        "x-amz-content-sha256 '"
            + contentSha256
            + "' is not supported: this service does not accept chunked (aws-chunked) payloads.");
  }

  static Rejected wrongTerminator(String terminator) {
    return invalidSignature(
        "Credential should be scoped with a valid terminator: 'aws4_request', not '"
            + terminator
            + "'.");
  }

  static Rejected wrongService(String expectedService) {
    return invalidSignature(
        "Credential should be scoped to correct service: '" + expectedService + "'. ");
  }

  static Rejected scopeDateMismatch(String scopeDate, String amzDate) {
    return invalidSignature(
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP:"
            + " '"
            + scopeDate
            + "' != '"
            + amzDate.substring(0, Math.min(8, amzDate.length()))
            + "', from '"
            + amzDate
            + "'.");
  }

  static Rejected unrecognizedClient() {
    return new Rejected(
        UNRECOGNIZED_CLIENT, 403, "The security token included in the request is invalid.");
  }

  /**
   * The request's date is before {@code now - window}.
   *
   * @param requestTime the request's X-Amz-Date as sent
   * @param earliest {@code now - window}, formatted like X-Amz-Date
   * @param now the server's time, formatted like X-Amz-Date
   */
  static Rejected signatureExpired(
      String requestTime, String earliest, String now, Duration window) {
    return invalidSignature(
        "Signature expired: "
            + requestTime
            + " is now earlier than "
            + earliest
            + " ("
            + now
            + " - "
            + describe(window)
            + ")");
  }

  /**
   * The request's date is after {@code now + window}.
   *
   * @param requestTime the request's X-Amz-Date as sent
   * @param latest {@code now + window}, formatted like X-Amz-Date
   * @param now the server's time, formatted like X-Amz-Date
   */
  static Rejected signatureNotYetCurrent(
      String requestTime, String latest, String now, Duration window) {
    return invalidSignature(
        "Signature not yet current: "
            + requestTime
            + " is still later than "
            + latest
            + " ("
            + now
            + " + "
            + describe(window)
            + ")");
  }

  /**
   * A signature that does not match; like Lambda and other restJson services, the message goes on
   * with the canonical request and string to sign the server computed.
   */
  static Rejected signatureMismatch(String canonicalRequest, String stringToSign) {
    return invalidSignature(
        SIGNATURE_MISMATCH_MESSAGE
            + "\n\nThe Canonical String for this request should have been\n'"
            + canonicalRequest
            + "'\n\nThe String-to-Sign should have been\n'"
            + stringToSign
            + "'\n");
  }

  private static Rejected incomplete(String message) {
    return new Rejected(INCOMPLETE_SIGNATURE, 400, message);
  }

  private static Rejected invalidSignature(String message) {
    return new Rejected(INVALID_SIGNATURE, 403, message);
  }

  private static String describe(Duration window) {
    long seconds = window.getSeconds();
    return seconds % 60 == 0 ? (seconds / 60) + " min." : seconds + " sec.";
  }
}
