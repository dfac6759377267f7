package io.gigawatt.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/**
 * The compiled schemas that {@link EventJson#readValidated} checks give the verdicts of a full JSON
 * Schema validator, on many generated events, valid and not: the two cannot drift apart.
 */
class SchemaCrossCheckTest {
  static final long SEED = 20_251_007L;
  static final int CASES = 20_000;

  @Test
  void compiledSchemasAgreeWithTheFullValidatorOnGeneratedEvents() {
    var generator = new EventDataGenerator(SEED);
    int valid = 0;
    for (int i = 0; i < CASES; i++) {
      var generated = generator.next();
      var full = EventSchemas.violations(generated.type(), generated.data());
      boolean compiled = EventSchemas.isValid(generated.type(), generated.data());
      var compiledViolations = EventSchemas.compiledViolations(generated.type(), generated.data());
      if (compiled != full.isEmpty() || compiled != compiledViolations.isEmpty()) {
        fail(
            "case %d, %s %s%nfull validator: %s%ncompiled: %s %s",
            i, generated.type(), generated.json(), full, compiled, compiledViolations);
      }
      valid += compiled ? 1 : 0;
    }
    assertThat(valid).as("valid cases").isBetween(CASES / 10, CASES * 9 / 10);
  }

  private static String abbreviated(String json) {
    return json.length() <= 600 ? json : json.substring(0, 600) + "…";
  }

  @Test
  void aViolationNamesTheFieldAndTheBound() {
    var data =
        EventDataGenerator.parse(
            EventJson.write(EventJsonTest.DELIVERED).replace("64000", "100000001"));
    assertThat(EventSchemas.compiledViolations(EventType.GPUS_DELIVERED, data))
        .containsExactly("$.count: is more than 100000000");
  }
}
