package io.gigawatt.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of each event type, as shipped in this module: checked by a full JSON Schema
 * validator ({@link #violations}), and compiled to plain checks for consumers ({@link
 * EventJson#readValidated}), which give the same verdicts at a fraction of the cost.
 */
public final class EventSchemas {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<EventType, JsonNode> DOCUMENTS = load();
  private static final Map<EventType, CompiledSchema> COMPILED = compile();

  private EventSchemas() {}

  /** The schema document of a type. */
  static JsonNode document(EventType type) {
    return DOCUMENTS.get(type).deepCopy();
  }

  /** The violations of the event data's schema, by a full validator; empty when it validates. */
  public static List<String> violations(EventType type, String json) {
    try {
      return violations(type, MAPPER.readTree(json));
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
  }

  /**
   * {@link #violations(EventType, String)} of parsed data. Data the validator itself fails on (it
   * cannot compare an infinite number with an enum, for one) is not valid either.
   */
  static List<String> violations(EventType type, JsonNode data) {
    try {
      return FullValidator.SCHEMAS.get(type).validate(data).stream()
          .map(ValidationMessage::getMessage)
          .toList();
    } catch (RuntimeException e) {
      return List.of("cannot be validated: " + e);
    }
  }

  /** The compiled schema's verdict: true when the data validates. */
  static boolean isValid(EventType type, JsonNode data) {
    return COMPILED.get(type).isValid(data);
  }

  /** The compiled schema's violations, each as {@code $.path: problem}. */
  static List<String> compiledViolations(EventType type, JsonNode data) {
    return COMPILED.get(type).violations(data);
  }

  private static Map<EventType, JsonNode> load() {
    Map<EventType, JsonNode> documents = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      try (var in = EventSchemas.class.getResourceAsStream(type.schemaResource())) {
        if (in == null) {
          throw new IllegalStateException("no schema for " + type.ceType());
        }
        documents.put(type, MAPPER.readTree(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return documents;
  }

  private static Map<EventType, CompiledSchema> compile() {
    Map<EventType, CompiledSchema> compiled = new EnumMap<>(EventType.class);
    DOCUMENTS.forEach((type, document) -> compiled.put(type, CompiledSchema.compile(document)));
    return compiled;
  }

  /** The full validator, loaded only by those who ask for its verdict. */
  private static final class FullValidator {
    static final Map<EventType, JsonSchema> SCHEMAS = load();

    private static Map<EventType, JsonSchema> load() {
      var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
      Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);
      DOCUMENTS.forEach((type, document) -> schemas.put(type, factory.getSchema(document)));
      return schemas;
    }
  }
}
