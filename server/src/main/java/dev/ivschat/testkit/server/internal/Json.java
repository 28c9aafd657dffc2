package dev.ivschat.testkit.server.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.ivschat.testkit.ChatFrame;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as plain Java values: objects are {@code LinkedHashMap}s, arrays {@code ArrayList}s,
 * numbers {@code Long}, {@code BigInteger} or {@code BigDecimal}, and {@code null}. Parsing is
 * strict (one value, UTF-8, no duplicate keys, bounded nesting and sizes); writing renders
 * {@link Instant}s as RFC 3339 strings.
 */
public final class Json {
  /** Deeper documents are refused: the service's shapes nest four levels at most. */
  static final int MAX_DEPTH = 64;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(1 << 20)
          .maxNumberLength(100)
          .build())
      .build();

  private Json() {
  }

  /** A document that is not one well-formed JSON value. */
  public static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String message) {
      super(message);
    }
  }

  /**
   * Parses one JSON value.
   *
   * @param bytes UTF-8 text
   * @return the value
   * @throws MalformedException when the bytes are not exactly one JSON value
   */
  public static Object parse(byte[] bytes) throws MalformedException {
    String text = WireText.strictUtf8(java.nio.ByteBuffer.wrap(bytes));
    if (text == null) {
      throw new MalformedException("The body is not valid UTF-8");
    }
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new MalformedException("The request body is empty");
      }
      Object value = read(parser, first);
      if (parser.nextToken() != null) {
        throw new MalformedException("Unexpected content after the JSON value");
      }
      return value;
    } catch (IOException e) {
      throw new MalformedException(describe(e));
    }
  }

  private static String describe(IOException e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int newline = message.indexOf('\n');
    return "Malformed JSON: " + (newline < 0 ? message : message.substring(0, newline));
  }

  private static Object read(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          object.put(name, read(parser, parser.nextToken()));
        }
        return object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(read(parser, t));
        }
        return array;
      }
      case VALUE_STRING -> {
        return parser.getText();
      }
      case VALUE_NUMBER_INT -> {
        BigInteger value = parser.getBigIntegerValue();
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
      }
      case VALUE_NUMBER_FLOAT -> {
        return parser.getDecimalValue();
      }
      case VALUE_TRUE -> {
        return Boolean.TRUE;
      }
      case VALUE_FALSE -> {
        return Boolean.FALSE;
      }
      case VALUE_NULL -> {
        return null;
      }
      default -> throw new IOException("Unexpected token " + token);
    }
  }

  /**
   * Renders a value as compact UTF-8 JSON.
   *
   * @param value maps, lists, strings, numbers, booleans, instants, enums or null
   * @return the bytes
   */
  public static byte[] write(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      write(generator, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Renders a value as a JSON string.
   *
   * @param value as for {@link #write(Object)}
   * @return the text
   */
  public static String text(Object value) {
    return new String(write(value), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void write(JsonGenerator g, Object value) throws IOException {
    if (value == null) {
      g.writeNull();
    } else if (value instanceof String s) {
      g.writeString(s);
    } else if (value instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (value instanceof Iterable<?> list) {
      g.writeStartArray();
      for (Object element : list) {
        write(g, element);
      }
      g.writeEndArray();
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (value instanceof Integer || value instanceof Long) {
      g.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger b) {
      g.writeNumber(b);
    } else if (value instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (value instanceof Number n) {
      g.writeNumber(n.doubleValue());
    } else if (value instanceof Instant instant) {
      g.writeString(ChatFrame.rfc3339(instant));
    } else if (value instanceof Enum<?> e) {
      g.writeString(e.name());
    } else {
      g.writeString(value.toString());
    }
  }
}
