package io.gigawatt.bench.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A request being built: it starts valid for its route and role, then mutations change its parts
 * and record, with a label, what they did and what the API promises for it.
 */
final class Draft {
  final int index;
  final FuzzRoute route;
  final Role role;
  String method;
  String path;
  String query;
  final List<RawRequest.Header> headers = new ArrayList<>();
  byte[] body;
  boolean chunked;
  String version = "HTTP/1.1";

  /** Whether the body is judged against the route's shape (false once the route changed). */
  boolean judgeBody;

  /** The route the request reaches once the gateway normalized its path (null: none). */
  FuzzRoute reached;

  /** The role whose valid key the request carries (null: none that works). */
  Role caller;

  /** The verdict of every part but the body and the access. */
  Verdict verdict = Verdict.VALID;

  /**
   * A request HTTP itself cannot read (malformed request line, header line or framing, a target
   * that is no URI): the server may close the connection, or answer with the HTTP codec's bare
   * status before any route runs (README "The gateway", limits).
   */
  boolean httpLevel;

  final List<String> labels = new ArrayList<>();

  Draft(int index, FuzzRoute route, Role role) {
    this.index = index;
    this.route = route;
    this.role = role;
    this.caller = role;
    this.method = route.method();
    this.reached = route;
    this.judgeBody = route.body() != null;
  }

  /** Records a mutation and what it makes of the request. */
  Draft mark(String label, Verdict partVerdict) {
    labels.add(label);
    verdict = verdict.and(partVerdict);
    return this;
  }

  void json(String text) {
    body = text.getBytes(StandardCharsets.UTF_8);
  }

  String bodyText() {
    return body == null ? "" : new String(body, StandardCharsets.UTF_8);
  }

  String target() {
    return path + (query == null ? "" : "?" + query);
  }

  void header(String name, String value) {
    headers.add(new RawRequest.Header(name, value));
  }

  /** Removes every header of this name; true when there was one. */
  boolean remove(String name) {
    return headers.removeIf(h -> h.name() != null && h.name().equalsIgnoreCase(name));
  }

  void replace(String name, String value) {
    remove(name);
    header(name, value);
  }

  boolean has(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return headers.stream()
        .anyMatch(h -> h.name() != null && h.name().toLowerCase(Locale.ROOT).equals(lower));
  }

  RawRequest request() {
    return new RawRequest(method, target(), version, headers, body, chunked);
  }
}
