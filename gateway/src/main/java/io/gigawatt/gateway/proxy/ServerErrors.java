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
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A service's 5xx answer never reaches the client as it is: its body is replaced by a problem whose
 * {@code instance} is an error id ({@code urn:gigawatt:error:<id>}: the service's own when its
 * problem has one, else a new one), and the original is logged under that id. A problem+json answer
 * keeps its type, title and detail (e.g. 503 event-store-unavailable, 504 from a read-your-writes
 * wait), except for 500, whose detail may say more about the service than a client should know.
 */
final class ServerErrors {
  private static final Logger LOG = Logger.getLogger(ServerErrors.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int LOGGED_BODY = 2_000;
  private static final String ERROR_URN = "urn:gigawatt:error:";

  private ServerErrors() {}

  static void replace(
      RoutingContext context, ServiceTarget target, int status, String type, Buffer body) {
    String text = body == null ? "" : body.toString();
    Optional<JsonNode> problem = problem(type, text);
    String instance =
        problem
            .map(p -> p.path("instance").asText(""))
            .filter(i -> i.startsWith(ERROR_URN))
            .orElseGet(() -> ERROR_URN + UUID.randomUUID());
    LOG.logf(
        status == 500 ? Logger.Level.ERROR : Logger.Level.WARN,
        "%s answered %d to %s %s (%s): %s",
        target.name(),
        status,
        context.request().method(),
        context.normalizedPath(),
        instance,
        text.length() > LOGGED_BODY ? text.substring(0, LOGGED_BODY) + "…" : text);
    Problem relayed =
        problem
            .filter(p -> status != 500 && p.hasNonNull("type") && p.hasNonNull("title"))
            .map(
                p ->
                    new Problem(
                        p.get("type").asText(),
                        p.get("title").asText(),
                        status,
                        p.path("detail").asText(null),
                        List.of(),
                        instance))
            .orElseGet(() -> generic(status, target.name(), instance));
    Problems.send(context, relayed, Map.of("service", target.name()));
  }

  private static Optional<JsonNode> problem(String type, String body) {
    if (type == null || !type.startsWith(Problem.MEDIA_TYPE)) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(JSON.readTree(body)).filter(JsonNode::isObject);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Problem generic(int status, String service, String instance) {
    Problem problem =
        Problem.of(
            status,
            status == 503 ? "service-unavailable" : "upstream-error",
            status == 503 ? "Service unavailable" : "Service error",
            service
                + " failed (HTTP "
                + status
                + "); quote error id "
                + instance.substring(ERROR_URN.length())
                + " when reporting it");
    return Problems.withInstance(problem, instance);
  }
}
