package io.gigawatt.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Brings event data of any published version to the newest shape, so consumers only ever see the
 * current records.
 */
public final class Upcasters {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, Upcaster> BY_SOURCE_TYPE =
      List.<Upcaster>of(new SiteAnnouncedV1ToV2()).stream()
          .collect(Collectors.toMap(Upcaster::fromType, Function.identity()));

  private Upcasters() {}

  /** Event data in the newest shape of its type. */
  public record Upcasted(EventType type, String json) {}

  /** The current type a (possibly historical) CloudEvents type upcasts to. */
  static String currentType(String ceType) {
    String type = ceType;
    while (type != null && BY_SOURCE_TYPE.containsKey(type)) {
      type = BY_SOURCE_TYPE.get(type).toType();
    }
    return type;
  }

  public static Upcasted upcast(String ceType, String json) {
    if (!BY_SOURCE_TYPE.containsKey(ceType)) {
      return new Upcasted(EventType.ofCeType(ceType), json);
    }
    try {
      var data = upcast(ceType, (ObjectNode) MAPPER.readTree(json));
      return new Upcasted(EventType.ofCeType(ceType), MAPPER.writeValueAsString(data));
    } catch (JsonProcessingException | ClassCastException e) {
      throw new MalformedEventException(ceType, e);
    }
  }

  /** The data of an event of type {@code ceType} in the newest shape; changes {@code data}. */
  static ObjectNode upcast(String ceType, ObjectNode data) {
    String type = ceType;
    while (type != null && BY_SOURCE_TYPE.containsKey(type)) {
      var upcaster = BY_SOURCE_TYPE.get(type);
      data = upcaster.upcast(data);
      type = upcaster.toType();
    }
    return data;
  }
}
