package io.gigawatt.events;

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

/** Validates event data against the JSON Schema of its type, as shipped in this module. */
public final class EventSchemas {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<EventType, JsonSchema> SCHEMAS = load();

  private EventSchemas() {}

  /** The violations of the event data's schema; empty when it validates. */
  public static List<String> violations(EventType type, String json) {
    try {
      return SCHEMAS.get(type).validate(MAPPER.readTree(json)).stream()
          .map(ValidationMessage::getMessage)
          .toList();
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
  }

  private static Map<EventType, JsonSchema> load() {
    var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);
    for (EventType type : EventType.values()) {
      try (var in = EventSchemas.class.getResourceAsStream(type.schemaResource())) {
        if (in == null) {
          throw new IllegalStateException("no schema for " + type.ceType());
        }
        schemas.put(type, factory.getSchema(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return schemas;
  }
}
