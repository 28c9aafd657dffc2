package dev.ivschat.testkit.server.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The two small things every part of the wire needs: strict UTF-8, and member maps. */
final class WireText {
  private WireText() {
  }

  /**
   * Decodes UTF-8 strictly: overlong forms, encoded surrogates and stray bytes are refused
   * (Jackson's and Netty's lenient readers would let some of them through).
   *
   * @return the text, or null when the bytes are not well-formed UTF-8
   */
  static String strictUtf8(ByteBuffer bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** A map of the name/value pairs whose value is not null, in order. */
  static Map<String, Object> members(Object... namesAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        m.put((String) namesAndValues[i], namesAndValues[i + 1]);
      }
    }
    return m;
  }
}
