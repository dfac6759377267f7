package io.gigawatt.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever a record carries, {@link EventJson#readValidated} either reads an event that keeps its
 * schema and bounds, or throws {@link MalformedEventException} or {@link
 * UnknownEventTypeException}: never anything else, so a consumer can always dead-letter it.
 */
class HostileInputTest {
  static final String DELIVERED = EventType.GPUS_DELIVERED.ceType();
  static final String ANNOUNCED_V1 = "io.gigawatt.site.announced.v1";

  @Test
  void dataThatIsNoEventObjectIsMalformed() {
    var hostile = new ArrayList<String>();
    hostile.addAll(
        List.of(
            "",
            " ",
            "null",
            "[]",
            "42",
            "\"x\"",
            "true",
            "{",
            "}",
            "{\"a\":}",
            "{'a':1}",
            "{\"count\": NaN}",
            "{\"count\": Infinity}",
            "{\"count\": -Infinity}",
            "{\"count\": 01}",
            "{\"count\": 0x10}",
            "{\"count\": 1e400}",
            "{\"count\": " + "9".repeat(5000) + "}",
            "{\"count\": 1}// comment",
            "{\"count\": 1,}",
            "\uFEFF{}",
            "{\"a\":\"\\ud800\"}",
            "{\"a\":\"\u0000\"}",
            "{} {}",
            "{}garbage"));
    hostile.add("[".repeat(100_000) + "]".repeat(100_000));
    hostile.add("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000));
    String valid = EventJson.write(EventJsonTest.DELIVERED);
    hostile.add(
        valid.replace("\"count\":64000", "\"count\":" + "[".repeat(5000) + "]".repeat(5000)));
    hostile.add(valid + "garbage");
    hostile.add(valid + valid);
    hostile.add(valid.replace("\"count\":64000", "\"count\":\"NaN\""));
    hostile.add(valid.replace("\"count\":64000", "\"count\":\"64000\""));
    hostile.add(valid.replace("\"count\":64000", "\"count\":64000.5"));
    hostile.add(valid.replace("\"count\":64000", "\"count\":1e20"));
    hostile.add(valid.replace("\"count\":64000", "\"count\":99999999999999999999999"));
    hostile.add(valid.replace("\"confidence\":\"REPORTED\"", "\"confidence\":1e400"));
    hostile.add(valid.replace("2025-09-26", "+57412-01-01"));
    hostile.add(valid.replace("2025-09-26", "2025-02-30"));
    hostile.add(valid.replace("\"siteId\":\"site-1\"", "\"siteId\":42"));
    hostile.add(
        valid.replace("\"siteId\":\"site-1\"", "\"siteId\":\"" + "s".repeat(1_000_000) + "\""));
    for (String ceType : List.of(DELIVERED, ANNOUNCED_V1)) {
      for (String json : hostile) {
        assertThatThrownBy(() -> EventJson.readValidated(ceType, json))
            .as(abbreviated(json))
            .isInstanceOf(MalformedEventException.class);
      }
    }
    assertThatThrownBy(() -> EventJson.readValidated(DELIVERED, null))
        .isInstanceOf(MalformedEventException.class);
  }

  @Test
  void anUnknownOrMissingTypeIsUnknown() {
    for (String ceType : new String[] {null, "", "io.gigawatt.site.teleported.v1", "\u0000"}) {
      assertThatThrownBy(() -> EventJson.readValidated(ceType, "{}"))
          .isInstanceOf(UnknownEventTypeException.class);
    }
  }

  @Test
  void generatedAndCorruptedEventsAreReadOnlyWhenValid() {
    var generator = new EventDataGenerator(HostileInputTest.class.getName().hashCode());
    var random = new Random(7);
    int read = 0;
    for (int i = 0; i < 10_000; i++) {
      var generated = generator.next();
      String json = corrupt(generated.json(), random);
      try {
        var event = EventJson.readValidated(generated.type().ceType(), json);
        assertThat(EventType.of(event)).isEqualTo(generated.type());
        assertThat(EventSchemas.violations(generated.type(), json)).as(json).isEmpty();
        KeptBounds.assertKept(event);
        read++;
      } catch (MalformedEventException expected) {
        // refused: a consumer dead-letters it
      } catch (RuntimeException e) {
        fail("case " + i + " threw " + e + " for " + abbreviated(json), e);
      }
    }
    assertThat(read).as("events read").isGreaterThan(1_000);
  }

  /** The JSON text, or a third of the time a corrupted copy: cut short or with a byte changed. */
  private static String corrupt(String json, Random random) {
    int position = random.nextInt(json.length());
    return switch (random.nextInt(6)) {
      case 0 -> json.substring(0, position);
      case 1 -> json.substring(0, position) + (char) random.nextInt(128) + json.substring(position);
      default -> json;
    };
  }

  private static String abbreviated(String json) {
    return json.length() <= 200 ? json : json.substring(0, 200) + "…";
  }
}
