package io.gigawatt.bench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * After the run: nothing half-written. Each aggregate a 2xx answer named has exactly the events
 * those answers reported (its audit trail, versions 1..n, one per non-replayed 2xx), the capacity
 * view (read with each aggregate's last {@code X-Consistency-Token}) counts exactly the sites the
 * ledger created, by status, and the GPUs in service at sites still open, and the key list holds
 * exactly the keys issued. Writes that got no answer or a 5xx may explain extra events; they are
 * listed, not failed.
 */
final class FinalAudit {
  private static final Duration VIEW_WAIT = Duration.ofSeconds(120);

  record Outcome(List<String> violations, List<String> notes) {}

  /** The WORLD figures before the run, for a stack that holds more than this run writes. */
  record Baseline(Map<String, Long> sites, long gpus) {
    static Baseline read(ApiCalls api) {
      JsonNode world =
          ApiCalls.expect(api.get("/api/v1/capacity/regions/WORLD", Role.ADMIN), 200, "GET WORLD");
      Map<String, Long> sites = new HashMap<>();
      for (String[] status : STATUSES) {
        sites.put(status[0], world.path("sites").path(status[0]).asLong());
      }
      return new Baseline(sites, world.path("gpus").path("delivered").asLong());
    }
  }

  private static final String[][] STATUSES = {
    {"announced", "ANNOUNCED"}, {"underConstruction", "UNDER_CONSTRUCTION"},
    {"operational", "OPERATIONAL"}, {"cancelled", "CANCELLED"},
    {"decommissioned", "DECOMMISSIONED"}
  };

  private final ApiCalls api;
  private final Ledger ledger;
  private final List<String> violations = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  FinalAudit(ApiCalls api, Ledger ledger) {
    this.api = api;
    this.ledger = ledger;
  }

  Outcome run(Set<String> keysBefore, Baseline baseline) throws InterruptedException {
    Map<String, List<Ledger.Write>> byAggregate =
        ledger.writes().stream().collect(Collectors.groupingBy(w -> w.kind() + "/" + w.id()));
    List<Ledger.Unanswered> unanswered = ledger.unanswered();
    Map<String, String> siteStatus = new HashMap<>();
    long delivered = 0;
    Map<String, Map<String, Long>> deliveries = new HashMap<>();
    for (var aggregate : byAggregate.entrySet()) {
      trail(aggregate.getKey(), aggregate.getValue(), unanswered);
      JsonNode state = ApiCalls.json(api.get("/api/v1/" + aggregate.getKey(), Role.ADMIN));
      if (state == null) {
        violations.add(aggregate.getKey() + ": GET answered no state");
        continue;
      }
      if (aggregate.getKey().startsWith("sites/")) {
        siteStatus.put(aggregate.getValue().get(0).id(), state.path("status").asText());
      } else {
        Map<String, Long> bySite = new HashMap<>();
        state
            .path("gpusInServiceBySite")
            .fields()
            .forEachRemaining(e -> bySite.put(e.getKey(), e.getValue().asLong()));
        deliveries.put(aggregate.getKey(), bySite);
      }
    }
    for (Map<String, Long> bySite : deliveries.values()) {
      for (var site : bySite.entrySet()) {
        String status = siteStatus.get(site.getKey());
        if (!"CANCELLED".equals(status) && !"DECOMMISSIONED".equals(status)) {
          delivered += site.getValue();
        }
      }
    }
    long unansweredCreates =
        unanswered.stream().filter(u -> u.path().equals("/api/v1/sites")).count();
    view(byAggregate, siteStatus, delivered, unansweredCreates, baseline);
    keys(keysBefore);
    notes.add(
        byAggregate.size()
            + " aggregates audited ("
            + siteStatus.size()
            + " sites), "
            + ledger.writes().size()
            + " 2xx command answers, "
            + unanswered.size()
            + " write requests without an answer or with a 5xx");
    return new Outcome(violations, notes);
  }

  private void trail(
      String aggregate, List<Ledger.Write> writes, List<Ledger.Unanswered> unanswered) {
    JsonNode trail = ApiCalls.json(api.get("/api/v1/" + aggregate + "/events", Role.ADMIN));
    if (trail == null || !trail.isArray()) {
      violations.add(
          aggregate + ": no audit trail although " + writes.size() + " commands answered 2xx");
      return;
    }
    List<Integer> versions = new ArrayList<>();
    trail.forEach(e -> versions.add(e.path("version").asInt()));
    for (int i = 0; i < versions.size(); i++) {
      if (versions.get(i) != i + 1) {
        violations.add(
            aggregate + ": audit trail versions " + versions + " are not 1.." + versions.size());
        return;
      }
    }
    Set<Integer> answered = new TreeSet<>();
    for (Ledger.Write write : writes) {
      if (write.replayed()) {
        if (write.version() > versions.size()) {
          violations.add(
              aggregate
                  + ": #"
                  + write.index()
                  + " replayed version "
                  + write.version()
                  + " that is not stored");
        }
      } else if (!answered.add(write.version())) {
        violations.add(aggregate + ": two commands were both answered version " + write.version());
      }
    }
    for (int version : answered) {
      if (version > versions.size()) {
        violations.add(aggregate + ": version " + version + " was answered 2xx but is not stored");
      }
    }
    int extra = versions.size() - answered.size();
    if (extra > 0) {
      String id = aggregate.substring(aggregate.indexOf('/') + 1);
      long explained = unanswered.stream().filter(u -> u.path().contains(id)).count();
      String what = aggregate + ": " + extra + " stored events no 2xx answered";
      if (explained >= extra) {
        notes.add(what + " (explained by " + explained + " unanswered writes)");
      } else {
        violations.add(what + " (half-written)");
      }
    }
  }

  private void view(
      Map<String, List<Ledger.Write>> byAggregate,
      Map<String, String> siteStatus,
      long delivered,
      long unansweredCreates,
      Baseline baseline)
      throws InterruptedException {
    long deadline = System.nanoTime() + VIEW_WAIT.toNanos();
    for (var writes : byAggregate.values()) {
      String token =
          writes.stream()
              .filter(w -> !w.replayed() && w.token() != null)
              .max((a, b) -> Integer.compare(a.version(), b.version()))
              .map(Ledger.Write::token)
              .orElse(null);
      if (token != null && !awaitToken(token, deadline)) {
        violations.add(
            "capacity view: never applied "
                + writes.get(0).kind()
                + "/"
                + writes.get(0).id()
                + " within "
                + VIEW_WAIT.toSeconds()
                + " s");
        return;
      }
    }
    JsonNode world = ApiCalls.json(api.get("/api/v1/capacity/regions/WORLD", Role.ADMIN));
    if (world == null) {
      violations.add("capacity view: no WORLD region");
      return;
    }
    Map<String, Long> expected = new HashMap<>();
    siteStatus.values().forEach(s -> expected.merge(s, 1L, Long::sum));
    long total = 0;
    for (String[] status : STATUSES) {
      long seen = world.path("sites").path(status[0]).asLong() - baseline.sites().get(status[0]);
      total += seen;
      long want = expected.getOrDefault(status[1], 0L);
      if (seen != want && unansweredCreates == 0) {
        violations.add(
            "capacity view: WORLD sites." + status[0] + " = " + seen + ", the sites say " + want);
      }
    }
    if (total < siteStatus.size() || total > siteStatus.size() + unansweredCreates) {
      violations.add(
          "capacity view: "
              + total
              + " sites in WORLD, "
              + siteStatus.size()
              + " created by 2xx answers");
    }
    long gpus = world.path("gpus").path("delivered").asLong() - baseline.gpus();
    if (gpus != delivered) {
      violations.add(
          "capacity view: WORLD gpus.delivered = " + gpus + ", the contracts say " + delivered);
    }
    notes.add("capacity view WORLD: " + total + " new sites, " + gpus + " GPUs delivered to them");
  }

  private boolean awaitToken(String token, long deadline) throws InterruptedException {
    while (true) {
      RawAnswer answer =
          api.get("/api/v1/capacity/regions/WORLD", Role.ADMIN, "X-Consistency-Token", token);
      if (answer.status() == 200) {
        return true;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(200);
    }
  }

  private void keys(Set<String> before) {
    JsonNode list = ApiCalls.json(api.get("/api/v1/admin/api-keys", Role.ADMIN));
    if (list == null) {
      violations.add("api keys: the list did not answer");
      return;
    }
    Set<String> listed = new HashSet<>();
    Set<String> issued = ledger.issuedKeys();
    Set<String> revoked = ledger.revokedKeys();
    for (JsonNode key : list.path("keys")) {
      String id = key.path("id").asText();
      listed.add(id);
      if (!before.contains(id) && !issued.contains(id)) {
        violations.add(
            "api keys: " + id + " (" + key.path("name").asText() + ") exists but no 201 issued it");
      }
      if (revoked.contains(id) && !key.hasNonNull("revokedAt")) {
        violations.add("api keys: " + id + " was revoked (204) but is not marked revoked");
      }
    }
    issued.stream()
        .filter(id -> !listed.contains(id))
        .forEach(id -> violations.add("api keys: " + id + " was issued (201) but is not listed"));
  }

  static Set<String> keyIds(ApiCalls api) {
    JsonNode list =
        ApiCalls.expect(api.get("/api/v1/admin/api-keys", Role.ADMIN), 200, "GET api-keys");
    Set<String> ids = new HashSet<>();
    list.path("keys").forEach(k -> ids.add(k.path("id").asText()));
    return ids;
  }
}
