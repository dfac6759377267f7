package io.gigawatt.bench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the run's answers say was written: each 2xx command answer (aggregate, version, whether it
 * was a replay, its consistency token), each API key issued or revoked, and the write requests that
 * got no answer or a 5xx (they may or may not have written: the audit counts them as explanations).
 */
final class Ledger {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One 2xx command answer. {@code kind}: "sites" or "contracts". */
  record Write(int index, String kind, String id, int version, boolean replayed, String token) {}

  /** A write request whose outcome is unknown; {@code path} names its aggregate if it has one. */
  record Unanswered(int index, String method, String path) {}

  private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Unanswered> unanswered = new ConcurrentLinkedQueue<>();
  private final Set<String> issuedKeys = ConcurrentHashMap.newKeySet();
  private final Set<String> revokedKeys = ConcurrentHashMap.newKeySet();

  void record(int index, RawRequest request, RawAnswer answer) {
    String method = request.method();
    if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
      return;
    }
    if (!answer.answered() || answer.status() >= 500) {
      unanswered.add(new Unanswered(index, method, request.target()));
      return;
    }
    if (!answer.success()) {
      return;
    }
    JsonNode body = json(answer);
    if (answer.status() == 204 && method.equals("DELETE")) {
      String target = request.target();
      revokedKeys.add(
          URLDecoder.decode(target.substring(target.lastIndexOf('/') + 1), StandardCharsets.UTF_8));
    }
    if (body == null) {
      return;
    }
    if (body.hasNonNull("key") && body.hasNonNull("id")) {
      issuedKeys.add(body.get("id").asText());
    }
    String kind =
        body.hasNonNull("siteId") ? "sites" : body.hasNonNull("contractId") ? "contracts" : null;
    if (kind != null && body.path("version").isInt()) {
      writes.add(
          new Write(
              index,
              kind,
              body.get(kind.equals("sites") ? "siteId" : "contractId").asText(),
              body.get("version").intValue(),
              answer.header("idempotent-replayed").map("true"::equalsIgnoreCase).orElse(false),
              answer.header("x-consistency-token").orElse(null)));
    }
  }

  List<Write> writes() {
    return List.copyOf(writes);
  }

  List<Unanswered> unanswered() {
    return List.copyOf(unanswered);
  }

  Set<String> issuedKeys() {
    return Set.copyOf(issuedKeys);
  }

  Set<String> revokedKeys() {
    return Set.copyOf(revokedKeys);
  }

  private static JsonNode json(RawAnswer answer) {
    try {
      JsonNode node = JSON.readTree(answer.body());
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }
}
