package io.gigawatt.importer.domain;

import io.gigawatt.events.Bounds;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON bodies of the API commands, as maps; every one carries the record's provenance. */
final class Bodies {
  static final String PHASE = "as recorded by Epoch AI";

  private Bodies() {}

  static Map<String, Object> site(RecordFacts f) {
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("country", f.record().country());
    if (f.record().location() != null) {
      location.put("locality", cut(f.record().location()));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", f.record().name());
    body.put("operator", organization(f.owner()));
    body.put("owner", organization(f.owner()));
    body.put("location", location);
    body.put("plannedCapacityMw", f.plannedMw());
    body.put("announcedOn", f.announcedOn().toString());
    return provenance(f, body);
  }

  static Map<String, Object> revision(RecordFacts f, double mw) {
    return provenance(
        f,
        map(
            "plannedCapacityMw",
            mw,
            "revisedOn",
            f.referenceDate().toString(),
            "reason",
            "revised in a newer Epoch AI export"));
  }

  static Map<String, Object> energization(RecordFacts f, double mw) {
    return provenance(
        f, map("energizedMw", mw, "energizedOn", f.operationalOn().toString(), "phase", PHASE));
  }

  static Map<String, Object> deEnergization(RecordFacts f, double mw, LocalDate on) {
    return provenance(f, map("mw", mw, "deEnergizedOn", on.toString()));
  }

  static Map<String, Object> decommissioning(RecordFacts f) {
    return provenance(f, map("decommissionedOn", f.decommissionedOn().toString()));
  }

  static Map<String, Object> contract(RecordFacts f) {
    List<Map<String, Object>> parties =
        new java.util.ArrayList<>(f.buyers().stream().map(b -> party(b, "BUYER")).toList());
    f.suppliers().forEach(s -> parties.add(party(s, "SUPPLIER")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", "GPU_SUPPLY");
    body.put("title", f.record().name());
    body.put("parties", parties);
    body.put("siteIds", List.of(LedgerCommand.SITE_ID));
    body.put("signedOn", f.operationalOn().toString());
    return provenance(f, body);
  }

  static Map<String, Object> delivery(RecordFacts f, String model, long count, String id) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("deliveryId", RecordKeys.deliveryId(id));
    body.put("siteId", LedgerCommand.SITE_ID);
    body.put("gpuModel", model);
    body.put("count", count);
    body.put("deliveredOn", f.operationalOn().toString());
    return provenance(f, body);
  }

  static Map<String, Object> retirement(RecordFacts f, String model, long count, LocalDate on) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("siteId", LedgerCommand.SITE_ID);
    body.put("gpuModel", model);
    body.put("count", count);
    body.put("retiredOn", on.toString());
    return provenance(f, body);
  }

  private static Map<String, Object> party(Organization o, String role) {
    Map<String, Object> party = organization(o);
    party.put("role", role);
    return party;
  }

  private static Map<String, Object> organization(Organization o) {
    return map("name", cut(o.name()), "country", o.country());
  }

  private static Map<String, Object> provenance(RecordFacts f, Map<String, Object> body) {
    body.put("source", f.record().source());
    body.put("confidence", f.record().confidence().name());
    return body;
  }

  private static Map<String, Object> map(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  private static String cut(String text) {
    return text.length() <= Bounds.MAX_TEXT_LENGTH
        ? text
        : text.substring(0, Bounds.MAX_TEXT_LENGTH);
  }
}
