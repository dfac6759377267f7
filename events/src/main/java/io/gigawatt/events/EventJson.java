package io.gigawatt.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of event data (the CloudEvents {@code data}). Readers ignore unknown fields, so
 * additive changes keep a type's version.
 */
public final class EventJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private EventJson() {}

  public static String write(DomainEvent event) {
    try {
      return MAPPER.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + event, e);
    }
  }

  /** Reads event data of the given CloudEvents type, of any version, in the newest shape. */
  public static DomainEvent read(String ceType, String json) {
    var upcasted = Upcasters.upcast(ceType, json);
    try {
      return MAPPER.readValue(upcasted.json(), upcasted.type().recordType());
    } catch (JsonProcessingException e) {
      throw new MalformedEventException(upcasted.type().ceType(), e);
    }
  }

  /**
   * Reads event data as a consumer should: upcast to the newest shape and checked against that
   * shape's JSON Schema, physical bounds included ({@link Bounds}). The data is parsed once; the
   * schema is checked in its compiled form ({@link EventSchemas}).
   *
   * @throws UnknownEventTypeException for a type this contract does not know
   * @throws MalformedEventException for anything else that cannot be read: data that is not JSON,
   *     violates the schema or does not fit the event record. Nothing else, whatever the data.
   */
  public static DomainEvent readValidated(String ceType, String json) {
    var type = EventType.ofCeType(ceType);
    if (json == null) {
      throw new MalformedEventException(ceType, "no data");
    }
    try {
      JsonNode data = MAPPER.readTree(json);
      if (!(data instanceof ObjectNode object)) {
        throw new MalformedEventException(ceType, "data is not a JSON object");
      }
      data = Upcasters.upcast(ceType, object);
      if (!EventSchemas.isValid(type, data)) {
        throw new MalformedEventException(
            ceType, "violates its schema: " + EventSchemas.compiledViolations(type, data));
      }
      return MAPPER.treeToValue(data, type.recordType());
    } catch (JsonProcessingException e) {
      throw new MalformedEventException(ceType, e);
    } catch (MalformedEventException e) {
      throw e;
    } catch (RuntimeException e) {
      // e.g. a record's constructor refusing a value: still this event's fault, not the reader's
      throw new MalformedEventException(ceType, e);
    }
  }
}
