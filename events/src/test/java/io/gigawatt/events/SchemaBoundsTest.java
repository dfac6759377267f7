package io.gigawatt.events;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The event schemas state exactly the bounds of {@link Bounds}, so consumers refuse what the write
 * side refuses, and nothing in an event is unbounded: every number has a minimum and a maximum,
 * every string a length limit, a closed set of values or an anchored pattern, every list a limit.
 */
class SchemaBoundsTest {
  static final Map<String, Bound<?>> BOUND_OF_FIELD =
      Map.ofEntries(
          entry("facilityMw", Bounds.POSITIVE_MW),
          entry("itLoadMw", Bounds.POSITIVE_MW),
          entry("plannedCapacityMw", Bounds.POSITIVE_MW),
          entry("energizedMw", Bounds.POSITIVE_MW),
          entry("deEnergizedMw", Bounds.POSITIVE_MW),
          entry("committedMw", Bounds.MW),
          entry("count", Bounds.GPUS),
          entry("gpuCount", Bounds.GPUS),
          entry("valueUsd", Bounds.USD),
          entry("termMonths", Bounds.TERM_MONTHS),
          entry("occurredOn", Bounds.DATE),
          entry("expectedOnlineOn", Bounds.DATE),
          entry("source", Bounds.SOURCE),
          entry("siteId", Bounds.ID),
          entry("contractId", Bounds.ID),
          entry("deliveryId", Bounds.ID),
          entry("gpuModel", Bounds.ID),
          entry("siteIds[]", Bounds.ID),
          entry("siteIds", Bounds.SITES),
          entry("parties", Bounds.PARTIES),
          entry("name", Bounds.TEXT),
          entry("title", Bounds.TEXT),
          entry("program", Bounds.TEXT),
          entry("locality", Bounds.TEXT),
          entry("reason", Bounds.TEXT),
          entry("phase", Bounds.TEXT));

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyFieldOfEverySchemaIsBoundedAsTheWriteSideBoundsIt() throws Exception {
    var checked = new ArrayList<String>();
    for (Path file : schemaFiles()) {
      JsonNode schema = MAPPER.readTree(file.toFile());
      for (var property : schema.get("properties").properties()) {
        checkField(
            schema, file.getFileName() + ":", property.getKey(), property.getValue(), checked);
      }
    }
    assertThat(checked)
        .contains(
            "io.gigawatt.contract.signed.v1.json:parties[].name",
            "io.gigawatt.contract.gpus-delivered.v1.json:owner.name",
            "io.gigawatt.contract.gpus-delivered.v1.json:owner.country");
    assertThat(checked).hasSizeGreaterThan(80);
  }

  @Test
  void theDatePatternAdmitsExactlyTheDatesWithinBounds() {
    var pattern = java.util.regex.Pattern.compile(Bounds.DATE_PATTERN);
    for (var day = Bounds.EARLIEST_DATE.minusYears(2);
        day.isBefore(Bounds.LATEST_DATE.plusYears(2));
        day = day.plusDays(1)) {
      assertThat(pattern.matcher(day.toString()).find())
          .as("%s", day)
          .isEqualTo(Bounds.DATE.test(day));
    }
  }

  private static void checkField(
      JsonNode root, String path, String name, JsonNode schema, List<String> checked) {
    JsonNode resolved = resolve(root, schema);
    String at = path + name;
    checked.add(at);
    Bound<?> bound = BOUND_OF_FIELD.get(name);
    if (bound != null) {
      bound
          .schemaKeywords()
          .forEach(
              (keyword, value) ->
                  assertThat(sameValue(resolved.get(keyword), value))
                      .as(
                          "%s: %s is %s, %s",
                          at, keyword, resolved.get(keyword), bound.requirement())
                      .isTrue());
    } else {
      assertThat(
              resolved.has("enum")
                  || resolved.path("pattern").asText().matches("\\^.*\\$")
                  || resolved.path("type").asText().equals("object"))
          .as("%s is neither bounded, an enum, anchored by a pattern nor an object", at)
          .isTrue();
    }
    for (var property : resolved.path("properties").properties()) {
      checkField(root, at + ".", property.getKey(), property.getValue(), checked);
    }
    if (resolved.has("items")) {
      checkField(root, path, name + "[]", resolved.get("items"), checked);
    }
  }

  private static JsonNode resolve(JsonNode root, JsonNode schema) {
    return schema.has("$ref") ? root.at(schema.get("$ref").asText().substring(1)) : schema;
  }

  private static boolean sameValue(JsonNode actual, Object expected) {
    if (actual == null) {
      return false;
    }
    if (expected instanceof Number number) {
      return actual.isNumber()
          && actual.decimalValue().compareTo(new java.math.BigDecimal(number.toString())) == 0;
    }
    return actual.isTextual() && actual.textValue().equals(expected);
  }

  private static List<Path> schemaFiles() throws IOException, URISyntaxException {
    try (Stream<Path> files =
        Files.list(Path.of(EventSchemas.class.getResource("/schemas").toURI()))) {
      // event schemas only: a region snapshot holds sums, which the bounds of one fact do not cap
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .filter(f -> !RegionSnapshots.SCHEMA_RESOURCE.endsWith(f.getFileName().toString()))
          .sorted()
          .toList();
    }
  }
}
