package io.gigawatt.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
    return read(Upcasters.upcast(ceType, json));
  }

  /**
   * Reads event data as a consumer should: upcast to the newest shape, validated against that
   * shape's JSON Schema.
   *
   * @throws UnknownEventTypeException for a type this contract does not know
   * @throws MalformedEventException for data that is not JSON or violates the schema
   */
  public static DomainEvent readValidated(String ceType, String json) {
    var upcasted = Upcasters.upcast(ceType, json);
    var violations = EventSchemas.violations(upcasted.type(), upcasted.json());
    if (!violations.isEmpty()) {
      throw new MalformedEventException(ceType, "violates its schema: " + violations);
    }
    return read(upcasted);
  }

  private static DomainEvent read(Upcasters.Upcasted upcasted) {
    try {
      return MAPPER.readValue(upcasted.json(), upcasted.type().recordType());
    } catch (JsonProcessingException e) {
      throw new MalformedEventException(upcasted.type().ceType(), e);
    }
  }
}
