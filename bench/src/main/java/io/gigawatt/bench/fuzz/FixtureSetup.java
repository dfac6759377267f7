package io.gigawatt.bench.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates the {@link Fixtures} with valid commands (recorded in the ledger like every other write):
 * sites of 5,000 MW, contracts over three long-lived sites each committing 10^8 GPUs, keys to
 * revoke. Their number grows with the run, so that commands keep finding open aggregates.
 */
final class FixtureSetup {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[][] PLACES = {
    {"US", "US-TX"}, {"AE", "AE-AZ"}, {"DE", "DE-BY"}, {"NO", null}
  };

  private final ApiCalls api;
  private final Ledger ledger;
  private final String run = Long.toString(System.currentTimeMillis(), 36);
  private int index = -1;

  FixtureSetup(ApiCalls api, Ledger ledger) {
    this.api = api;
    this.ledger = ledger;
  }

  Fixtures create(int requests, long seed) {
    int siteCount = Math.max(8, requests / 250);
    int contractCount = Math.max(4, requests / 500);
    List<String> sites = new ArrayList<>();
    for (int i = 0; i < siteCount; i++) {
      sites.add(write("/api/v1/sites", site(i, seed), "siteId"));
    }
    int open = siteCount - Math.max(1, siteCount / 4);
    List<Fixtures.Contract> contracts = new ArrayList<>();
    for (int i = 0; i < contractCount; i++) {
      List<String> covered =
          List.of(sites.get(i % open), sites.get((i + 1) % open), sites.get((i + 2) % open));
      contracts.add(
          new Fixtures.Contract(
              write("/api/v1/contracts", contract(i, seed, covered), "contractId"), covered));
    }
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String body = "{\"name\":\"fuzz revocable " + run + "-" + i + "\",\"role\":\"reader\"}";
      keys.add(write("/api/v1/admin/api-keys", body, "id", Role.ADMIN));
    }
    return new Fixtures(sites, contracts, keys);
  }

  private String write(String target, String body, String idField) {
    return write(target, body, idField, Role.WRITER);
  }

  private String write(String target, String body, String idField, Role role) {
    RawAnswer answer = api.post(target, role, body);
    ledger.record(index--, RawRequest.of("POST", target, List.of(), null), answer);
    return ApiCalls.expect(answer, 201, "fixture POST " + target).get(idField).asText();
  }

  private static String site(int i, long seed) {
    String[] place = PLACES[i % PLACES.length];
    ObjectNode body = JSON.createObjectNode();
    body.put("name", "Fuzz fixture site " + seed + "-" + i);
    body.putObject("operator").put("name", "Oracle").put("country", "US");
    body.putObject("owner").put("name", "Crusoe").put("country", "US");
    ObjectNode location = body.putObject("location").put("country", place[0]);
    if (place[1] != null) {
      location.put("subdivision", place[1]);
    }
    body.put("plannedCapacityMw", 5_000);
    body.put("announcedOn", Fixtures.ANNOUNCED_ON);
    body.put("source", "https://example.org/fuzz/fixture");
    body.put("confidence", "CONFIRMED");
    return body.toString();
  }

  private static String contract(int i, long seed, List<String> sites) {
    ObjectNode body = JSON.createObjectNode();
    body.put("kind", "CLOUD_CAPACITY");
    body.put("title", "Fuzz fixture contract " + seed + "-" + i);
    body.putArray("parties")
        .addObject()
        .put("name", "OpenAI")
        .put("country", "US")
        .put("role", "BUYER");
    body.put("valueUsd", 1_000_000_000L);
    body.put("gpuModel", Fixtures.GPU_MODEL);
    body.put("gpuCount", 100_000_000);
    var ids = body.putArray("siteIds");
    sites.forEach(ids::add);
    body.put("signedOn", Fixtures.SIGNED_ON);
    body.put("source", "https://example.org/fuzz/fixture");
    body.put("confidence", "CONFIRMED");
    return body.toString();
  }
}
