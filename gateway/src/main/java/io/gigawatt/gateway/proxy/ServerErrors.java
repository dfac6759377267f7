package io.gigawatt.gateway.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigawatt.gateway.api.Problems;
import io.gigawatt.support.problem.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A service's 5xx answer never reaches the client as it is: its body is replaced by a problem
 * carrying an error id, and the original is logged under that id. A problem+json answer keeps its
 * type, title and detail (e.g. 503 event-store-unavailable, 504 from a read-your-writes wait),
 * except for 500, whose detail may say more about the service than a client should know.
 */
final class ServerErrors {
  private static final Logger LOG = Logger.getLogger(ServerErrors.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int LOGGED_BODY = 2_000;

  private ServerErrors() {}

  static void replace(
      RoutingContext context, ServiceTarget target, int status, String type, Buffer body) {
    String errorId = UUID.randomUUID().toString();
    String text = body == null ? "" : body.toString();
    LOG.logf(
        status == 500 ? Logger.Level.ERROR : Logger.Level.WARN,
        "%s answered %d to %s %s (error id %s): %s",
        target.name(),
        status,
        context.request().method(),
        context.normalizedPath(),
        errorId,
        text.length() > LOGGED_BODY ? text.substring(0, LOGGED_BODY) + "…" : text);
    Problem problem = relayable(status, type, text, target.name(), errorId);
    Problems.send(context, problem, Map.of("errorId", errorId, "service", target.name()));
  }

  private static Problem relayable(
      int status, String type, String body, String service, String errorId) {
    if (status != 500 && type != null && type.startsWith(Problem.MEDIA_TYPE)) {
      try {
        JsonNode problem = JSON.readTree(body);
        if (problem != null && problem.hasNonNull("type") && problem.hasNonNull("title")) {
          return new Problem(
              problem.get("type").asText(),
              problem.get("title").asText(),
              status,
              problem.path("detail").asText(null),
              List.of());
        }
      } catch (IOException e) {
        // not a readable problem: answered like any other server error
      }
    }
    return Problem.of(
        status,
        status == 503 ? "service-unavailable" : "upstream-error",
        status == 503 ? "Service unavailable" : "Service error",
        service
            + " failed (HTTP "
            + status
            + "); quote error id "
            + errorId
            + " when reporting it");
  }
}
