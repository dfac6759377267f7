package io.gigawatt.gateway.proxy;

import io.gigawatt.gateway.domain.Caller;
import io.vertx.core.MultiMap;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The headers that cross the gateway, each way; anything else stays behind (cookies, the caller's
 * Authorization, a service's internal headers). {@code X-Actor} is set from the caller's key name,
 * never taken from the client.
 */
public final class ForwardedHeaders {
  public static final String ACTOR = "X-Actor";
  public static final String LOCATION = "Location";

  /** Client to service. */
  public static final List<String> REQUEST =
      List.of(
          "Content-Type",
          "Accept",
          "Accept-Language",
          "If-Match",
          "If-None-Match",
          "Idempotency-Key",
          "X-Consistency-Token",
          "Last-Event-ID",
          "X-Correlation-Id",
          "traceparent",
          "tracestate");

  /** Service to client. */
  public static final List<String> RESPONSE =
      List.of(
          "Content-Type",
          LOCATION,
          "ETag",
          "Last-Modified",
          "Cache-Control",
          "Idempotent-Replayed",
          "Retry-After",
          "X-Consistency-Token");

  private ForwardedHeaders() {}

  public static MultiMap toService(MultiMap incoming, Caller caller) {
    MultiMap outgoing = MultiMap.caseInsensitiveMultiMap();
    for (String name : REQUEST) {
      List<String> values = incoming.getAll(name);
      if (!values.isEmpty()) {
        outgoing.add(name, values);
      }
    }
    if (!caller.anonymous()) {
      outgoing.set(ACTOR, caller.name());
    }
    return outgoing;
  }

  /** Copies the service's answer headers, with {@code Location} mapped by {@code location}. */
  public static void toClient(MultiMap answer, MultiMap outgoing, UnaryOperator<String> location) {
    for (String name : RESPONSE) {
      List<String> values = answer.getAll(name);
      for (String value : values) {
        outgoing.add(name, name.equals(LOCATION) ? location.apply(value) : value);
      }
    }
  }
}
