package io.gigawatt.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON Schema compiled to plain checks: the subset of draft 2020-12 the event schemas use, with
 * the verdicts of a full validator (SchemaCrossCheckTest compares them) at a fraction of its cost.
 * A keyword outside the subset fails the compilation, so no rule of a schema is skipped here. As in
 * a full validator, {@code format} is an annotation only: the date pattern is what bounds dates.
 */
final class CompiledSchema {
  private static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$id", "$comment", "$defs", "title", "description", "format", "examples");
  private static final Set<String> STRUCTURE =
      Set.of("type", "enum", "pattern", "required", "properties", "items", "$ref");

  private final int types;
  private final Set<String> allowed;
  private final CachedPattern pattern;
  private final SchemaLimits limits;
  private final String[] required;
  private final String[] propertyNames;
  private final CompiledSchema[] propertySchemas;
  private final CompiledSchema items;
  private final CompiledSchema ref;

  private CompiledSchema(JsonNode schema, Compiler compiler) {
    for (var keyword : schema.properties()) {
      String name = keyword.getKey();
      if (!ANNOTATIONS.contains(name)
          && !STRUCTURE.contains(name)
          && !SchemaLimits.KEYWORDS.contains(name)) {
        throw new IllegalArgumentException("JSON Schema keyword not supported: " + name);
      }
    }
    types = schema.has("type") ? JsonTypes.mask(strings(schema.get("type"))) : JsonTypes.ANY;
    allowed = schema.has("enum") ? strings(schema.get("enum")) : null;
    pattern = schema.has("pattern") ? CachedPattern.of(schema.get("pattern").textValue()) : null;
    limits = SchemaLimits.of(schema);
    var names = new ArrayList<String>();
    schema.path("required").forEach(name -> names.add(name.textValue()));
    required = names.toArray(String[]::new);
    var properties = new LinkedHashMap<String, CompiledSchema>();
    for (var property : schema.path("properties").properties()) {
      properties.put(property.getKey(), compiler.compile(property.getValue()));
    }
    propertyNames = properties.keySet().toArray(String[]::new);
    propertySchemas = properties.values().toArray(CompiledSchema[]::new);
    items = schema.has("items") ? compiler.compile(schema.get("items")) : null;
    ref = schema.has("$ref") ? compiler.resolve(schema.get("$ref").textValue()) : null;
  }

  /** Compiles a root schema; its {@code $ref}s may point into it ({@code #/$defs/...}). */
  static CompiledSchema compile(JsonNode root) {
    return new Compiler(root).compile(root);
  }

  /** True when {@code data} is valid; stops at the first violation. */
  boolean isValid(JsonNode data) {
    return check(data, null, null);
  }

  /** Every violation, each as {@code $.path: problem}; empty when {@code data} is valid. */
  List<String> violations(JsonNode data) {
    var found = new ArrayList<String>();
    check(data, "$", found);
    return found;
  }

  /**
   * With {@code found} null, only answers whether {@code node} is valid (and stops early); else
   * also appends each violation, at {@code path}.
   */
  private boolean check(JsonNode node, String path, List<String> found) {
    boolean valid = ref == null || ref.check(node, path, found);
    if (!valid && found == null) {
      return false;
    }
    if (!JsonTypes.isOneOf(node, types)) {
      return fail(found, path, "is " + JsonTypes.of(node) + ", not " + JsonTypes.names(types));
    }
    if (allowed != null && !(node.isTextual() && allowed.contains(node.textValue()))) {
      return fail(found, path, "is not one of " + allowed);
    }
    if (limits != null) {
      valid &= limits.check(node, path, found);
    }
    if (pattern != null && node.isTextual() && !pattern.matches(node.textValue())) {
      valid = fail(found, path, "does not match " + pattern);
    }
    if (!valid && found == null) {
      return false;
    }
    if (node.isObject()) {
      valid &= checkObject(node, path, found);
    }
    if (items != null && node.isArray()) {
      for (int i = 0; i < node.size() && (valid || found != null); i++) {
        valid &= items.check(node.get(i), path == null ? null : path + "[" + i + "]", found);
      }
    }
    return valid;
  }

  private boolean checkObject(JsonNode node, String path, List<String> found) {
    boolean valid = true;
    for (String name : required) {
      if (!node.has(name)) {
        valid = fail(found, path, "lacks the required " + name);
        if (found == null) {
          return false;
        }
      }
    }
    for (int i = 0; i < propertyNames.length; i++) {
      JsonNode value = node.get(propertyNames[i]);
      String at = path == null ? null : path + "." + propertyNames[i];
      if (value != null && !propertySchemas[i].check(value, at, found)) {
        valid = false;
        if (found == null) {
          return false;
        }
      }
    }
    return valid;
  }

  static boolean fail(List<String> found, String path, String problem) {
    if (found != null) {
      found.add(path + ": " + problem);
    }
    return false;
  }

  private static Set<String> strings(JsonNode node) {
    var values = new HashSet<String>();
    for (JsonNode value : node.isArray() ? node : List.of(node)) {
      if (!value.isTextual()) {
        throw new IllegalArgumentException("only string types and enums are supported: " + node);
      }
      values.add(value.textValue());
    }
    return Set.copyOf(values);
  }

  /** Compiles the schemas of one document, resolving each local {@code $ref} once. */
  private static final class Compiler {
    private final JsonNode root;
    private final Map<String, CompiledSchema> byPointer = new HashMap<>();
    private final Set<String> resolving = new HashSet<>();

    Compiler(JsonNode root) {
      this.root = root;
    }

    /** A schema that is only a {@code $ref} (and annotations) is the schema it refers to. */
    CompiledSchema compile(JsonNode schema) {
      boolean onlyRef = true;
      for (var keyword : schema.properties()) {
        onlyRef &= keyword.getKey().equals("$ref") || ANNOTATIONS.contains(keyword.getKey());
      }
      return onlyRef && schema.has("$ref")
          ? resolve(schema.get("$ref").textValue())
          : new CompiledSchema(schema, this);
    }

    CompiledSchema resolve(String ref) {
      if (!ref.startsWith("#/")) {
        throw new IllegalArgumentException("only local $refs are supported: " + ref);
      }
      String pointer = ref.substring(1);
      var compiled = byPointer.get(pointer);
      if (compiled == null) {
        if (!resolving.add(pointer)) {
          throw new IllegalArgumentException("a recursive $ref is not supported: " + ref);
        }
        JsonNode target = root.at(pointer);
        if (target.isMissingNode()) {
          throw new IllegalArgumentException("unresolved $ref " + ref);
        }
        compiled = compile(target);
        byPointer.put(pointer, compiled);
      }
      return compiled;
    }
  }
}
