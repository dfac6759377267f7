package io.gigawatt.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ids earlier seed answers returned, substituted for {@code ${ref}} in later steps. */
final class SeedRefs {
  static final Pattern REF = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");

  private final Map<String, String> ids = new HashMap<>();

  void put(String ref, String id) {
    ids.put(ref, id);
  }

  String resolve(String text) {
    Matcher matcher = REF.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String id = ids.get(matcher.group(1));
      if (id == null) {
        throw new IllegalArgumentException("Unknown ref ${" + matcher.group(1) + "} in " + text);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(id));
    }
    return matcher.appendTail(out).toString();
  }

  JsonNode resolve(JsonNode node) {
    if (node == null || node.isNull()) {
      return node;
    }
    if (node.isTextual()) {
      return TextNode.valueOf(resolve(node.asText()));
    }
    if (node.isArray()) {
      ArrayNode copy = ((ArrayNode) node).arrayNode();
      node.forEach(element -> copy.add(resolve(element)));
      return copy;
    }
    if (node.isObject()) {
      ObjectNode copy = ((ObjectNode) node).objectNode();
      node.fields().forEachRemaining(field -> copy.set(field.getKey(), resolve(field.getValue())));
      return copy;
    }
    return node;
  }

  /** Every ${ref} a text uses. */
  static Set<String> used(String text) {
    Set<String> refs = new TreeSet<>();
    Matcher matcher = REF.matcher(text);
    while (matcher.find()) {
      refs.add(matcher.group(1));
    }
    return refs;
  }
}
