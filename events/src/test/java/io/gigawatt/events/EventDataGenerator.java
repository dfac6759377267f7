package io.gigawatt.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Event data for property-style tests: valid events of every type, mutated at random (a field
 * removed, replaced by a value near a bound or of another type, an unknown field added), nested
 * fields included. Deterministic for a given seed.
 */
final class EventDataGenerator {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] NUMBERS = {
    "0",
    "-0",
    "-0.0",
    "1",
    "-1",
    "0.5",
    "1.0",
    "1.5",
    "1e-400",
    "4.9e-324",
    "1e308",
    "1e400",
    "-1e400",
    "99999999999999999999999",
    "1200",
    "1201",
    "1200.0",
    "100000",
    "100000.0",
    "100000.00000000001",
    "100000.000001",
    "100001",
    "99999.999",
    "100000000",
    "100000001",
    "1e8",
    "1.00000001e8",
    "100000000000000",
    "100000000000001",
    "1e14",
    "1.0000000000001e14",
    "9223372036854775807",
    "-9223372036854775808",
    "2147483648",
    "64000",
    "1E+2"
  };
  private static final String[] STRINGS = {
    "",
    " ",
    "x",
    "US",
    "us",
    "USA",
    "U1",
    "CN",
    "US-TX",
    "US-TOOLONG",
    "XX-1",
    "us-tx",
    "1950-01-01",
    "1949-12-31",
    "2100-12-31",
    "2101-01-01",
    "2025-02-30",
    "2025-13-01",
    "2025-1-1",
    " 2025-01-01",
    "2025-01-01 ",
    "+57412-01-01",
    "57412-01-01",
    "2025-10-05T00:00:00Z",
    "CONFIRMED",
    "confirmed",
    "BUYER",
    "buyer",
    "CLOUD_CAPACITY",
    "nvidia-gb200",
    "NaN",
    "Infinity",
    "1e400",
    "100"
  };
  private static final int[] LENGTHS = {99, 100, 101, 199, 200, 201, 1999, 2000, 2001};

  private final Random random;
  private final List<EventType> types = List.of(EventType.values());

  EventDataGenerator(long seed) {
    this.random = new Random(seed);
  }

  record Case(EventType type, ObjectNode data) {
    String json() {
      try {
        return MAPPER.writeValueAsString(data);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A valid event of a random type, mutated up to three times (or not at all). */
  Case next() {
    var event = EventJsonTest.ONE_OF_EACH_TYPE.get(random.nextInt(types.size()));
    var type = EventType.of(event);
    var data = (ObjectNode) parse(EventJson.write(event));
    int mutations = random.nextInt(4);
    for (int i = 0; i < mutations; i++) {
      mutate(type, data);
    }
    return new Case(type, data);
  }

  private void mutate(EventType type, ObjectNode data) {
    var containers = new ArrayList<JsonNode>();
    collectContainers(data, containers);
    var target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ArrayNode array) {
      mutateArray(array);
      return;
    }
    var object = (ObjectNode) target;
    var names = new ArrayList<String>();
    object.fieldNames().forEachRemaining(names::add);
    if (object == data) {
      EventSchemas.document(type).path("properties").fieldNames().forEachRemaining(names::add);
    }
    switch (random.nextInt(6)) {
      case 0 -> {
        if (!names.isEmpty()) {
          object.remove(names.get(random.nextInt(names.size())));
        }
      }
      case 1 -> object.set("addedLater", value());
      default -> {
        if (!names.isEmpty()) {
          object.set(names.get(random.nextInt(names.size())), value());
        }
      }
    }
  }

  private void mutateArray(ArrayNode array) {
    switch (random.nextInt(4)) {
      case 0 -> array.add(value());
      case 1 -> {
        if (!array.isEmpty()) {
          array.remove(random.nextInt(array.size()));
        }
      }
      case 2 -> {
        int size = random.nextBoolean() ? 100 + random.nextInt(2) : 1000 + random.nextInt(2);
        var first = array.isEmpty() ? MAPPER.getNodeFactory().textNode("s") : array.get(0);
        while (array.size() < size) {
          array.add(first.deepCopy());
        }
      }
      default -> {
        if (!array.isEmpty()) {
          array.set(random.nextInt(array.size()), value());
        }
      }
    }
  }

  private static void collectContainers(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      node.elements().forEachRemaining(child -> collectContainers(child, containers));
    }
  }

  /** A value near a bound, of a surprising type, or a string around a length limit. */
  JsonNode value() {
    return switch (random.nextInt(8)) {
      case 0, 1, 2 -> parse(NUMBERS[random.nextInt(NUMBERS.length)]);
      case 3, 4 -> MAPPER.getNodeFactory().textNode(STRINGS[random.nextInt(STRINGS.length)]);
      case 5 -> MAPPER.getNodeFactory().textNode(text(LENGTHS[random.nextInt(LENGTHS.length)]));
      case 6 ->
          parse(List.of("null", "true", "{}", "[]", "[\"x\"]", "[{}]").get(random.nextInt(6)));
      default ->
          parse(
              List.of(
                      "{\"name\":\"Oracle\",\"country\":\"US\"}",
                      "{\"name\":\"OpenAI\",\"country\":\"US\",\"role\":\"BUYER\"}",
                      "{\"country\":\"US\",\"subdivision\":\"US-TX\"}",
                      "{\"facilityMw\":100000,\"itLoadMw\":0}")
                  .get(random.nextInt(4)));
    };
  }

  /** A string of {@code length} code points, some of them outside the BMP (two chars each). */
  private String text(int length) {
    var text = new StringBuilder();
    boolean wide = random.nextBoolean();
    for (int i = 0; i < length; i++) {
      text.appendCodePoint(wide && i % 2 == 0 ? 0x1F600 : 'a' + random.nextInt(26));
    }
    return text.toString();
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(json, e);
    }
  }
}
