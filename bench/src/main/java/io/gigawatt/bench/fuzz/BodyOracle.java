package io.gigawatt.bench.fuzz;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Judges a request body as bytes: it must be one JSON object (RFC 8259, UTF-8, nothing after it) of
 * the route's {@link ObjectShape}. A repeated member is left open (parsers differ on it).
 */
final class BodyOracle {
  private static final ObjectMapper STRICT =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();
  private static final ObjectMapper LENIENT =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private BodyOracle() {}

  static Verdict judge(byte[] body, ObjectShape shape) {
    if (body == null || body.length == 0) {
      return Verdict.INVALID;
    }
    try {
      return judge(STRICT.readTree(body), shape, Verdict.VALID);
    } catch (JsonProcessingException e) {
      if (e.getOriginalMessage().startsWith("Duplicate field")) {
        try {
          return judge(LENIENT.readTree(body), shape, Verdict.EITHER);
        } catch (IOException again) {
          return Verdict.INVALID;
        } catch (RuntimeException again) {
          return Verdict.EITHER;
        }
      }
      return Verdict.INVALID;
    } catch (IOException e) {
      return Verdict.INVALID;
    } catch (RuntimeException e) {
      // a number even a BigDecimal cannot hold (1e-2147483648): parsers differ
      return Verdict.EITHER;
    }
  }

  private static Verdict judge(JsonNode tree, ObjectShape shape, Verdict parsed) {
    if (tree == null || tree.isMissingNode() || !tree.isObject()) {
      return Verdict.INVALID;
    }
    return shape.judge(tree).and(parsed);
  }

  /** The parsed object, or null when the bytes are not one JSON object. */
  static JsonNode parse(byte[] body) {
    try {
      JsonNode tree = LENIENT.readTree(body);
      return tree != null && tree.isObject() ? tree : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
