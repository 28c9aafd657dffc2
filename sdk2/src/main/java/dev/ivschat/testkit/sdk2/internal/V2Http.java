package dev.ivschat.testkit.sdk2.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.awscore.AwsResponseMetadata;
import software.amazon.awssdk.awscore.DefaultAwsResponseMetadata;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.services.ivschat.model.IvschatResponseMetadata;

/**
 * The HTTP side of a response as the real client exposes it: the {@link SdkHttpResponse} (status,
 * reason phrase, the headers the service sends) and the response metadata with the request id.
 */
public final class V2Http {
  /** The request id header. */
  public static final String REQUEST_ID = "x-amzn-RequestId";
  /** The error code header of an error response. */
  public static final String ERROR_TYPE = "x-amzn-ErrorType";
  /** The key under which the SDK's response metadata keeps the request id. */
  private static final String AWS_REQUEST_ID = "AWS_REQUEST_ID";
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  /** The last Date header made: formatting one costs more than the rest of a call. */
  private static volatile FormattedDate lastDate = new FormattedDate(Long.MIN_VALUE, "");

  private record FormattedDate(long epochSecond, String text) {
  }

  private V2Http() {
  }

  private static String date(Instant time) {
    FormattedDate last = lastDate;
    if (last.epochSecond() != time.getEpochSecond()) {
      last = new FormattedDate(time.getEpochSecond(), HTTP_DATE.format(time));
      lastDate = last;
    }
    return last.text();
  }

  /**
   * A successful response: 200 with a JSON body, or 204 without one.
   *
   * @param status the operation's success status
   * @param requestId the request id
   * @param time the call's time on the fake's clock, for the {@code Date} header
   * @return the response
   */
  public static SdkHttpResponse success(int status, String requestId, Instant time) {
    SdkHttpResponse.Builder b = SdkHttpResponse.builder().statusCode(status)
        .statusText(statusText(status)).putHeader(REQUEST_ID, requestId)
        .putHeader("Date", date(time));
    if (status != 204) {
      b.putHeader("Content-Type", "application/json");
    }
    return b.build();
  }

  /**
   * An error response.
   *
   * @param status the error's status
   * @param code the wire code, sent in {@value #ERROR_TYPE}
   * @param requestId the request id
   * @param time the call's time, for the {@code Date} header
   * @param contentLength the length of the JSON body in bytes
   * @return the response
   */
  public static SdkHttpResponse error(int status, String code, String requestId, Instant time,
      int contentLength) {
    return SdkHttpResponse.builder().statusCode(status).statusText(statusText(status))
        .putHeader(ERROR_TYPE, code).putHeader(REQUEST_ID, requestId)
        .putHeader("Content-Type", "application/json")
        .putHeader("Content-Length", Integer.toString(contentLength))
        .putHeader("Date", date(time)).build();
  }

  /**
   * The response metadata the real client builds: every header (first value) and the request id.
   *
   * @param http the HTTP response
   * @param requestId the request id
   * @return the metadata
   */
  public static AwsResponseMetadata metadata(SdkHttpResponse http, String requestId) {
    Map<String, String> md = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> h : http.headers().entrySet()) {
      md.put(h.getKey(), h.getValue().get(0));
    }
    md.put(AWS_REQUEST_ID, requestId);
    return IvschatResponseMetadata.create(DefaultAwsResponseMetadata.create(md));
  }

  /**
   * The standard reason phrase of the statuses the service answers with.
   *
   * @param status an HTTP status
   * @return its reason phrase, or empty for others
   */
  public static String statusText(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 204 -> "No Content";
      case 400 -> "Bad Request";
      case 402 -> "Payment Required";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 409 -> "Conflict";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> "";
    };
  }
}
