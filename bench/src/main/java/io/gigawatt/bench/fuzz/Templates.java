package io.gigawatt.bench.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;

/**
 * Valid requests for each route: the path parameter, the query and the JSON body a client following
 * the README would send, drawn from a {@link Random} and the {@link Fixtures}.
 */
final class Templates {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String[]> PLACES =
      List.of(
          new String[] {"US", "US-TX"},
          new String[] {"US", "US-OH"},
          new String[] {"AE", "AE-AZ"},
          new String[] {"DE", "DE-BY"},
          new String[] {"CN", "CN-BJ"},
          new String[] {"NO", null},
          new String[] {"IN", "IN-MH"});
  private static final List<String> REGIONS =
      List.of("US", "us", "US-TX", "WORLD", "world", "AE", "DE", "CN-BJ", "FR", "JP");
  private static final List<String> CONFIDENCES = List.of("CONFIRMED", "REPORTED", "SPECULATIVE");

  private final Fixtures fixtures;

  Templates(Fixtures fixtures) {
    this.fixtures = fixtures;
  }

  /** The path, with a valid parameter where the route has one. */
  String path(FuzzRoute route, Random random) {
    return switch (route.param()) {
      case NONE -> route.template();
      case SITE ->
          route(route, "/cancellation") || route(route, "/decommissioning")
              ? route.path(fixtures.closableSite(random))
              : route.path(fixtures.site(random));
      case CONTRACT ->
          route(route, "/termination")
              ? route.path(fixtures.closableContract(random).id())
              : route.path(fixtures.contract(random).id());
      case REGION -> route.path(REGIONS.get(random.nextInt(REGIONS.size())));
      case PROGRAM -> route.path("Stargate");
      case DEAD_LETTER -> route.path(Integer.toString(1 + random.nextInt(5)));
      case API_KEY -> route.path(fixtures.revocableKey(random));
    };
  }

  /** A valid query string (without '?'), or null. */
  static String query(FuzzRoute route, Random random) {
    if (route.template().equals("/api/v1/capacity/regions") && random.nextBoolean()) {
      return "level=" + List.of("country", "subdivision", "world").get(random.nextInt(3));
    }
    if (route.template().equals("/api/v1/admin/dead-letters") && random.nextBoolean()) {
      return "limit=" + (1 + random.nextInt(1000));
    }
    return null;
  }

  /** A valid body of the route, for a request whose path names {@code path}'s aggregate. */
  ObjectNode body(FuzzRoute route, String path, Random random, int index) {
    ObjectNode body = JSON.createObjectNode();
    switch (route.template()) {
      case "/api/v1/sites" -> announcement(body, random, index);
      case "/api/v1/sites/{siteId}/construction" -> body.put("startedOn", date(random));
      case "/api/v1/sites/{siteId}/capacity-revisions" -> {
        body.put("plannedCapacityMw", 2_000 + random.nextInt(8_000));
        body.put("revisedOn", date(random));
        optional(body, random, "reason", "revised plan " + index);
      }
      case "/api/v1/sites/{siteId}/energizations" -> {
        body.put("energizedMw", 1 + random.nextInt(40) + (random.nextBoolean() ? 0.5 : 0));
        body.put("energizedOn", date(random));
        optional(body, random, "phase", "phase " + index);
      }
      case "/api/v1/sites/{siteId}/de-energizations" -> {
        body.put("mw", 1 + random.nextInt(20));
        body.put("deEnergizedOn", date(random));
      }
      case "/api/v1/sites/{siteId}/decommissioning" -> body.put("decommissionedOn", date(random));
      case "/api/v1/sites/{siteId}/cancellation" -> {
        body.put("cancelledOn", date(random));
        optional(body, random, "reason", "called off");
      }
      case "/api/v1/contracts" -> contract(body, random, index);
      case "/api/v1/contracts/{contractId}/amendments" -> {
        body.put("amendedOn", date(random));
        body.put("valueUsd", 1_000_000L * (1 + random.nextInt(1_000_000)));
        body.put("termMonths", 1 + random.nextInt(1_200));
        optional(body, random, "reason", "amended " + index);
      }
      case "/api/v1/contracts/{contractId}/deliveries" -> {
        optional(body, random, "deliveryId", "fuzz-delivery-" + index);
        gpus(body, path, random, "deliveredOn");
      }
      case "/api/v1/contracts/{contractId}/retirements" -> gpus(body, path, random, "retiredOn");
      case "/api/v1/contracts/{contractId}/termination" -> {
        body.put("terminatedOn", date(random));
        body.put("reason", "superseded");
      }
      case "/api/v1/admin/api-keys" -> {
        body.put("name", "fuzz key " + index);
        body.put("role", List.of("reader", "writer").get(random.nextInt(2)));
        if (random.nextBoolean()) {
          body.put("rateLimit", 1 + random.nextInt(5_000));
        }
        return body;
      }
      default -> throw new IllegalArgumentException("no body for " + route.label());
    }
    body.put("source", "https://example.org/fuzz/" + index);
    body.put("confidence", CONFIDENCES.get(random.nextInt(CONFIDENCES.size())));
    return body;
  }

  private static void announcement(ObjectNode body, Random random, int index) {
    String[] place = PLACES.get(random.nextInt(PLACES.size()));
    body.put("name", "Fuzz site " + index);
    optional(body, random, "program", "Stargate");
    organization(body.putObject("operator"), "Oracle", random);
    organization(body.putObject("owner"), "Crusoe", random);
    ObjectNode location = body.putObject("location").put("country", place[0]);
    if (place[1] != null) {
      location.put("subdivision", place[1]);
    }
    double planned = 10 + random.nextInt(5_000);
    body.put("plannedCapacityMw", planned);
    if (random.nextBoolean()) {
      body.put("itLoadMw", Math.floor(planned * 0.7));
    }
    body.put("announcedOn", "2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
    if (random.nextBoolean()) {
      body.put("expectedOnlineOn", "2027-12-31");
    }
  }

  private static void organization(ObjectNode node, String name, Random random) {
    node.put("name", name).put("country", random.nextInt(4) == 0 ? "JP" : "US");
  }

  private void contract(ObjectNode body, Random random, int index) {
    body.put("kind", "CLOUD_CAPACITY");
    body.put("title", "Fuzz contract " + index);
    var parties = body.putArray("parties");
    parties.addObject().put("name", "OpenAI").put("country", "US").put("role", "BUYER");
    if (random.nextBoolean()) {
      parties.addObject().put("name", "Oracle").put("country", "US").put("role", "PROVIDER");
    }
    body.put("valueUsd", 1_000_000L * (1 + random.nextInt(100_000)));
    body.put("termMonths", 12 + random.nextInt(100));
    body.put("committedMw", random.nextInt(4_000));
    body.put("gpuModel", Fixtures.GPU_MODEL);
    body.put("gpuCount", 1_000_000 + random.nextInt(1_000_000));
    var sites = body.putArray("siteIds");
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      String site = fixtures.sites().get((index + i) % fixtures.sites().size());
      sites.add(site);
    }
    body.put("signedOn", Fixtures.SIGNED_ON);
  }

  /** A delivery or retirement of the fixture model to one of the contract's sites. */
  private void gpus(ObjectNode body, String path, Random random, String dateField) {
    Fixtures.Contract contract =
        fixtures.contracts().stream()
            .filter(c -> path.contains(c.id()))
            .findFirst()
            .orElse(fixtures.contracts().get(0));
    body.put("siteId", contract.siteIds().get(random.nextInt(contract.siteIds().size())));
    body.put("gpuModel", Fixtures.GPU_MODEL);
    body.put("count", 1 + random.nextInt(1_000));
    body.put(dateField, date(random));
  }

  /** A business date after every fixture's announcement and signing. */
  private static String date(Random random) {
    return "2025-" + String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  private static void optional(ObjectNode body, Random random, String field, String value) {
    if (random.nextBoolean()) {
      body.put(field, value);
    }
  }

  private static boolean route(FuzzRoute route, String suffix) {
    return route.template().endsWith(suffix);
  }
}
