package io.gigawatt.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** The request fields and enum values of the public API (unknown fields are rejected there). */
final class SeedApiFields {
  static final Set<String> SITE =
      Set.of(
          "name",
          "program",
          "operator",
          "owner",
          "location",
          "plannedCapacityMw",
          "expectedOnlineOn",
          "announcedOn",
          "source",
          "confidence");
  static final Set<String> CONTRACT =
      Set.of(
          "kind",
          "title",
          "program",
          "parties",
          "valueUsd",
          "termMonths",
          "committedMw",
          "gpuModel",
          "gpuCount",
          "siteIds",
          "signedOn",
          "source",
          "confidence");
  static final Set<String> DELIVERY =
      Set.of("deliveryId", "siteId", "gpuModel", "count", "deliveredOn", "source", "confidence");
  static final Set<String> ORGANIZATION = Set.of("name", "country");
  static final Set<String> LOCATION = Set.of("country", "subdivision", "locality");
  static final Set<String> PARTY = Set.of("name", "country", "role");
  static final Set<String> KINDS =
      Set.of(
          "CLOUD_CAPACITY",
          "LEASE_TO_OWN",
          "GPU_SUPPLY",
          "EQUITY_INVESTMENT",
          "POWER_PURCHASE",
          "CONSTRUCTION");
  static final Set<String> ROLES =
      Set.of(
          "BUYER",
          "PROVIDER",
          "SUPPLIER",
          "INVESTOR",
          "INVESTEE",
          "LESSOR",
          "LESSEE",
          "CONTRACTOR",
          "OFFTAKER");
  static final Set<String> CONFIDENCES = Set.of("CONFIRMED", "REPORTED", "SPECULATIVE");

  private SeedApiFields() {}

  static void site(JsonNode body, List<String> problems) {
    only(body, SITE, "site", problems);
    only(body.get("operator"), ORGANIZATION, "operator", problems);
    only(body.get("owner"), ORGANIZATION, "owner", problems);
    only(body.get("location"), LOCATION, "location", problems);
    common(body, problems);
  }

  static void contract(JsonNode body, List<String> problems) {
    only(body, CONTRACT, "contract", problems);
    body.get("parties").forEach(party -> only(party, PARTY, "party", problems));
    body.get("parties").forEach(party -> oneOf(party.get("role"), ROLES, "role", problems));
    oneOf(body.get("kind"), KINDS, "kind", problems);
    common(body, problems);
  }

  static void delivery(JsonNode body, List<String> problems) {
    only(body, DELIVERY, "delivery", problems);
    common(body, problems);
  }

  private static void common(JsonNode body, List<String> problems) {
    oneOf(body.get("confidence"), CONFIDENCES, "confidence", problems);
  }

  private static void only(JsonNode node, Set<String> allowed, String what, List<String> problems) {
    if (node == null || !node.isObject()) {
      problems.add(what + " missing or not an object");
      return;
    }
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!allowed.contains(name)) {
                problems.add(what + " has unknown field " + name);
              }
            });
  }

  private static void oneOf(
      JsonNode value, Set<String> allowed, String what, List<String> problems) {
    if (value == null || !allowed.contains(value.asText())) {
      problems.add(what + " " + value + " not one of " + allowed);
    }
  }
}
