package io.gigawatt.gateway.api;

import io.gigawatt.gateway.domain.Route;
import io.gigawatt.gateway.domain.Routes;
import io.gigawatt.support.problem.Problem;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * What Vert.x answers on its own before any route runs (no route 404, wrong method 405, Accept 406,
 * Content-Type 415, body too large 413, a malformed request 400) and any unexpected failure (500
 * with an error id), as problem+json.
 */
final class ErrorAnswers {
  private static final Logger LOG = Logger.getLogger(ErrorAnswers.class);

  private final RequestLimits limits;

  ErrorAnswers(RequestLimits limits) {
    this.limits = limits;
  }

  /** For a failure or an unmatched request with this status. */
  void answer(RoutingContext context, int status) {
    String route = context.request().method() + " " + context.normalizedPath();
    switch (status) {
      case 404 -> problem(context, 404, "not-found", "Not found", "no route for " + route);
      case 405 -> {
        context.response().putHeader("Allow", allowed(context.normalizedPath()));
        problem(context, 405, "method-not-allowed", "Method not allowed", "no route for " + route);
      }
      case 406 ->
          problem(
              context,
              406,
              "not-acceptable",
              "Not acceptable",
              route
                  + " answers application/json (or text/event-stream for streams), not "
                  + context.request().getHeader("Accept"));
      case 415 ->
          problem(
              context,
              415,
              "unsupported-media-type",
              "Unsupported media type",
              route
                  + " takes a body of Content-Type application/json, not "
                  + context.request().getHeader("Content-Type"));
      case 413 -> {
        context.response().putHeader("Connection", "close");
        problem(context, 413, "body-too-large", "Content too large", limits.bodyDetail());
      }
      case 400 -> problem(context, 400, "bad-request", "Bad request", "the request cannot be read");
      default -> unexpected(context, status);
    }
  }

  private void unexpected(RoutingContext context, int status) {
    String errorId = UUID.randomUUID().toString();
    LOG.errorf(
        context.failure(),
        "%s %s failed with %d (error id %s)",
        context.request().method(),
        context.normalizedPath(),
        status,
        errorId);
    int answered = status >= 400 && status < 600 ? status : 500;
    Problem unexpected = Problem.unexpected(errorId);
    Problems.send(
        context,
        answered == 500
            ? unexpected
            : Problems.withInstance(
                Problem.of(answered, "http-" + answered, "HTTP " + answered, unexpected.detail()),
                unexpected.instance()));
  }

  private static void problem(
      RoutingContext context, int status, String slug, String title, String detail) {
    Problems.send(context, Problem.of(status, slug, title, detail));
  }

  private static String allowed(String path) {
    return Routes.ALL.stream()
        .filter(route -> route.matchesPath(path))
        .map(Route::method)
        .distinct()
        .collect(Collectors.joining(", "));
  }
}
