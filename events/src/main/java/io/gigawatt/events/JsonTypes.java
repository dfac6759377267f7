package io.gigawatt.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The JSON Schema types of values, as bits of a mask. A number with no fraction (also 1.0) is an
 * integer, and every integer is a number.
 */
final class JsonTypes {
  private static final List<String> NAMES =
      List.of("object", "array", "string", "boolean", "null", "integer", "number");
  private static final int INTEGER = 1 << NAMES.indexOf("integer");
  private static final int FRACTIONAL = 1 << NAMES.indexOf("number");
  static final int ANY = (1 << NAMES.size()) - 1;

  private JsonTypes() {}

  static int mask(Set<String> names) {
    int mask = 0;
    for (String name : names) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("not a JSON Schema type: " + name);
      }
      mask |= name.equals("number") ? INTEGER | FRACTIONAL : 1 << NAMES.indexOf(name);
    }
    return mask;
  }

  static boolean isOneOf(JsonNode node, int mask) {
    return mask == ANY || (bit(node) & mask) != 0;
  }

  static String of(JsonNode node) {
    int bit = bit(node);
    return bit == 0 ? node.getNodeType().name() : NAMES.get(Integer.numberOfTrailingZeros(bit));
  }

  static String names(int mask) {
    var names = new ArrayList<String>();
    for (int i = 0; i < NAMES.size(); i++) {
      if ((mask & 1 << i) != 0 && !(NAMES.get(i).equals("integer") && (mask & FRACTIONAL) != 0)) {
        names.add(NAMES.get(i));
      }
    }
    return String.join(" or ", names);
  }

  private static int bit(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> 1;
      case ARRAY -> 1 << 1;
      case STRING -> 1 << 2;
      case BOOLEAN -> 1 << 3;
      case NULL -> 1 << 4;
      case NUMBER ->
          node.isIntegralNumber() || node.canConvertToExactIntegral() ? INTEGER : FRACTIONAL;
      default -> 0;
    };
  }
}
