package io.gigawatt.importer.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.gigawatt.importer.domain.LedgerState;

/**
 * Folds a site's and a contract's audit trails ({@code GET …/events}) into a {@link LedgerState}.
 */
final class Trails {
  private Trails() {}

  static LedgerState fold(JsonNode siteTrail, JsonNode contractTrail) {
    var state = new LedgerState.Builder();
    for (JsonNode event : siteTrail) {
      JsonNode data = event.path("data");
      switch (kind(event)) {
        case "site.announced" ->
            state.planned(
                data.has("plannedPower")
                    ? data.at("/plannedPower/facilityMw").asDouble()
                    : data.path("plannedCapacityMw").asDouble());
        case "site.capacity-revised" -> state.planned(data.path("plannedCapacityMw").asDouble());
        case "site.phase-energized" -> state.energized(data.path("energizedMw").asDouble());
        case "site.de-energized" -> state.deEnergized(data.path("deEnergizedMw").asDouble());
        case "site.decommissioned" -> state.decommissioned();
        default -> {}
      }
    }
    if (contractTrail != null) {
      for (JsonNode event : contractTrail) {
        JsonNode data = event.path("data");
        switch (kind(event)) {
          case "contract.signed" -> state.signed();
          case "contract.gpus-delivered" ->
              state.delivered(data.path("gpuModel").asText(), data.path("count").asLong());
          case "contract.gpus-retired" ->
              state.retired(data.path("gpuModel").asText(), data.path("count").asLong());
          default -> {}
        }
      }
    }
    return state.build();
  }

  /** {@code io.gigawatt.site.announced.v2} → {@code site.announced}. */
  private static String kind(JsonNode event) {
    String type = event.path("type").asText();
    String withoutPrefix = type.startsWith("io.gigawatt.") ? type.substring(12) : type;
    int version = withoutPrefix.lastIndexOf(".v");
    return version > 0 ? withoutPrefix.substring(0, version) : withoutPrefix;
  }
}
