package dev.ivschat.testkit.sdk2.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * What the real v2 client's restJson1 marshaller does to a request before anything reaches the
 * service, so that the fake sees what the service would see and fails where the client fails
 * (observed with {@code ivschat} 2.40.2; see {@code notes/v2-real-client.md}).
 */
public final class V2Marshalling {
  private static final String PREFIX = "Unable to marshall request to JSON: ";

  private V2Marshalling() {
  }

  /**
   * Checks a URI path label ({@code resourceArn} of the tag operations) as the marshaller does.
   *
   * @param name the member name
   * @param value its value
   * @return the value
   * @throws SdkClientException when the value is null or empty, with the client's message
   */
  public static String pathLabel(String name, String value) {
    if (value == null) {
      throw failure(new IllegalArgumentException("Parameter '" + name + "' must not be null"));
    }
    if (value.isEmpty()) {
      throw failure(new IllegalArgumentException(name + " cannot be empty."));
    }
    return value;
  }

  /**
   * A map member as the JSON body carries it: entries with a null value are left out; a null key
   * fails the marshaller.
   *
   * @param map the member, as {@code hasXxx() ? xxx() : null}
   * @return the map the service receives, or null when the member is unset
   * @throws SdkClientException when a key is null, with the client's message
   */
  public static Map<String, String> bodyMap(Map<String, String> map) {
    if (map == null) {
      return null;
    }
    Map<String, String> sent = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : map.entrySet()) {
      if (e.getKey() == null) {
        throw failure(new NullPointerException(
            "Cannot invoke \"String.length()\" because \"name\" is null"));
      }
      if (e.getValue() != null) {
        sent.put(e.getKey(), e.getValue());
      }
    }
    return sent;
  }

  /**
   * A list member sent as a repeated query parameter ({@code tagKeys} of UntagResource): null
   * elements are left out, and an empty list sends no parameter at all, as an unset one does.
   *
   * @param list the member, as {@code hasXxx() ? xxx() : null}
   * @return the list the service receives, or null when it receives none
   */
  public static List<String> queryList(List<String> list) {
    if (list == null) {
      return null;
    }
    List<String> sent = new ArrayList<>(list);
    sent.removeIf(Objects::isNull);
    return sent.isEmpty() ? null : sent;
  }

  private static SdkClientException failure(RuntimeException cause) {
    return SdkClientException.builder().message(PREFIX + cause.getMessage()).cause(cause).build();
  }
}
