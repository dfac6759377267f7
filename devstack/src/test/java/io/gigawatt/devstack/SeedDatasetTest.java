package io.gigawatt.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Stargate dataset uses exactly the public API's fields, valid values and known refs. */
class SeedDatasetTest {
  private static final Set<String> COUNTRIES =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
  private static JsonNode steps;

  @BeforeAll
  static void read() throws Exception {
    steps = SeedMain.read(SeedMain.DEFAULT_DATASET).get("steps");
  }

  @Test
  void everyBodyUsesOnlyTheApiFields() {
    for (JsonNode step : steps) {
      String path = step.get("path").asText();
      JsonNode body = step.get("body");
      assertThat(step.get("method").asText()).isEqualTo("POST");
      List<String> problems = new ArrayList<>();
      if (path.equals("/api/v1/sites")) {
        SeedApiFields.site(body, problems);
      } else if (path.equals("/api/v1/contracts")) {
        SeedApiFields.contract(body, problems);
      } else if (path.matches("/api/v1/contracts/\\$\\{[a-z0-9-]+}/deliveries")) {
        SeedApiFields.delivery(body, problems);
      } else {
        problems.add("unexpected path " + path);
      }
      assertThat(problems).as(step.path("ref").asText(path)).isEmpty();
    }
  }

  @Test
  void refsAreDefinedBeforeTheyAreUsed() {
    Set<String> defined = new HashSet<>();
    for (JsonNode step : steps) {
      assertThat(defined).containsAll(SeedRefs.used(step.toString()));
      if (step.has("ref")) {
        assertThat(defined.add(step.get("ref").asText())).as("unique ref").isTrue();
      }
    }
  }

  @Test
  void valuesAreWellFormed() {
    for (JsonNode step : steps) {
      step.get("body")
          .fields()
          .forEachRemaining(
              field -> {
                if (field.getKey().endsWith("On")) {
                  assertThat(LocalDate.parse(field.getValue().asText()))
                      .isBefore(LocalDate.of(2027, 1, 1));
                }
              });
      assertThat(step.get("body").get("source").asText()).startsWith("https://");
      step.get("body")
          .findValues("country")
          .forEach(c -> assertThat(COUNTRIES).contains(c.asText()));
      JsonNode location = step.get("body").get("location");
      if (location != null && location.has("subdivision")) {
        assertThat(location.get("subdivision").asText())
            .startsWith(location.get("country").asText() + "-");
      }
    }
  }

  @Test
  void containsTheAnnouncementsOf2025() {
    List<String> names = steps.findValuesAsText("name");
    assertThat(names)
        .contains(
            "Stargate Abilene",
            "Stargate Shackelford County",
            "Stargate Doña Ana County",
            "Stargate Lordstown",
            "Stargate Milam County",
            "Stargate Midwest site",
            "Stargate UAE",
            "Stargate Norway");
    assertThat(steps.findValuesAsText("kind"))
        .containsExactly("CLOUD_CAPACITY", "EQUITY_INVESTMENT");
    JsonNode nvidia = body("nvidia-openai");
    assertThat(nvidia.get("siteIds")).isEmpty();
    assertThat(nvidia.get("valueUsd").asLong()).isEqualTo(100_000_000_000L);
    assertThat(body("oracle-openai").get("committedMw").asInt()).isEqualTo(4500);
    assertThat(body("abilene-gb200-first-racks").get("gpuModel").asText())
        .isEqualTo("nvidia-gb200");
  }

  private static JsonNode body(String ref) {
    for (JsonNode step : steps) {
      if (step.path("ref").asText().equals(ref)) {
        return step.get("body");
      }
    }
    throw new AssertionError("no step " + ref);
  }
}
