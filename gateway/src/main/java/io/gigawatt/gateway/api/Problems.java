package io.gigawatt.gateway.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gigawatt.support.problem.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/** Writes RFC 9457 {@code application/problem+json} answers. */
public final class Problems {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  /** The same problem naming one occurrence, e.g. {@code urn:gigawatt:error:<id>}. */
  public static Problem withInstance(Problem problem, String instance) {
    return new Problem(
        problem.type(),
        problem.title(),
        problem.status(),
        problem.detail(),
        problem.errors(),
        instance);
  }

  public static void send(RoutingContext context, Problem problem) {
    send(context, problem, Map.of());
  }

  /** With extension members, e.g. {@code service}. */
  public static void send(RoutingContext context, Problem problem, Map<String, Object> extensions) {
    send(context.response(), problem, extensions);
  }

  public static void send(
      HttpServerResponse response, Problem problem, Map<String, Object> extensions) {
    if (response.ended()) {
      return;
    }
    if (response.headWritten()) {
      response.reset();
      return;
    }
    ObjectNode body = JSON.valueToTree(problem);
    extensions.forEach((name, value) -> body.set(name, JSON.valueToTree(value)));
    response
        .setStatusCode(problem.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .end(Buffer.buffer(body.toString()));
  }
}
