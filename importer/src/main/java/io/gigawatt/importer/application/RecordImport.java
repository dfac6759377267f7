package io.gigawatt.importer.application;

import io.gigawatt.importer.domain.CommandKind;
import io.gigawatt.importer.domain.KeyedRecord;
import io.gigawatt.importer.domain.LedgerCommand;
import io.gigawatt.importer.domain.LedgerState;
import io.gigawatt.importer.domain.Planner;
import io.gigawatt.importer.domain.RecordFacts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Brings one record's site and contract to what the record says, command by command. */
final class RecordImport {
  private static final int CORRELATION_MAX = 200;

  private final LedgerApi api;
  private final ImportState state;

  RecordImport(LedgerApi api, ImportState state) {
    this.api = api;
    this.state = state;
  }

  RecordOutcome run(KeyedRecord keyed, RecordFacts facts, RecordIds known) {
    var record = keyed.record();
    LedgerState now =
        known == null ? LedgerState.EMPTY : api.read(known.siteId(), known.contractId());
    RecordIds ids = now.siteExists() ? known : new RecordIds(null, null);
    List<LedgerCommand> plan = Planner.plan(facts, keyed.key(), now);
    if (plan.isEmpty()) {
      return outcome(RecordOutcome.Kind.UNCHANGED, keyed, 0, null);
    }
    int events = 0;
    for (LedgerCommand command : plan) {
      var sent =
          api.send(
              command.kind(),
              "/api/v1" + command.kind().path(ids.siteId(), ids.contractId()),
              withSite(command.body(), ids.siteId()),
              command.idempotencyKey(),
              correlationId(record.name()));
      events += sent.replayed() ? 0 : 1;
      if (command.kind() == CommandKind.ANNOUNCE_SITE) {
        ids = new RecordIds(sent.createdId(), null);
        state.save(keyed.key(), ids);
      } else if (command.kind() == CommandKind.SIGN_CONTRACT) {
        ids = new RecordIds(ids.siteId(), sent.createdId());
        state.save(keyed.key(), ids);
      }
    }
    var kind = now.siteExists() ? RecordOutcome.Kind.UPDATED : RecordOutcome.Kind.IMPORTED;
    return outcome(kind, keyed, events, null);
  }

  static RecordOutcome outcome(
      RecordOutcome.Kind kind, KeyedRecord keyed, int events, String detail) {
    return new RecordOutcome(kind, keyed.record().line(), keyed.record().name(), events, detail);
  }

  /** The record's name, carried into every event's metadata as its correlation id. */
  static String correlationId(String name) {
    String id = "epoch-gpu-clusters: " + name;
    return id.length() <= CORRELATION_MAX ? id : id.substring(0, CORRELATION_MAX);
  }

  private static Map<String, Object> withSite(Map<String, Object> body, String siteId) {
    return body.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e -> resolved(e.getValue(), siteId),
                (a, b) -> a,
                LinkedHashMap::new));
  }

  private static Object resolved(Object value, String siteId) {
    if (LedgerCommand.SITE_ID.equals(value)) {
      return siteId;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(v -> resolved(v, siteId)).toList();
    }
    return value;
  }
}
