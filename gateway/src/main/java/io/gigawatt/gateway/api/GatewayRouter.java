package io.gigawatt.gateway.api;

import io.gigawatt.gateway.GatewayConfig;
import io.gigawatt.gateway.docs.AsyncApiDocument;
import io.gigawatt.gateway.domain.AccessPolicy;
import io.gigawatt.gateway.domain.Route;
import io.gigawatt.gateway.domain.Routes;
import io.gigawatt.gateway.proxy.ProxyHandler;
import io.gigawatt.gateway.proxy.ServiceTargets;
import io.gigawatt.gateway.proxy.StreamHandler;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Puts the public API on Vert.x's router: each route of {@link Routes} gets request limits, its
 * body (when it has one), authentication, the rate limit, authorization and then the proxy (or the
 * gateway's own handler). Errors Vert.x produces itself become problems too.
 */
@ApplicationScoped
public class GatewayRouter {
  static final int LIMITS_ORDER = -10_000;
  static final int API_ORDER = 1_000;
  private static final List<Integer> ERROR_STATUSES = List.of(400, 404, 405, 406, 413, 415, 500);

  private final RequestLimits limits;
  private final ForeignOrigins foreignOrigins;
  private final Authentication authentication;
  private final RateLimiting rateLimiting;
  private final ApiKeyEndpoints apiKeys;
  private final ServiceTargets targets;
  private final AccessPolicy policy;

  GatewayRouter(
      GatewayConfig config,
      RequestLimits limits,
      ForeignOrigins foreignOrigins,
      Authentication authentication,
      RateLimiting rateLimiting,
      ApiKeyEndpoints apiKeys,
      ServiceTargets targets) {
    this.limits = limits;
    this.foreignOrigins = foreignOrigins;
    this.authentication = authentication;
    this.rateLimiting = rateLimiting;
    this.apiKeys = apiKeys;
    this.targets = targets;
    this.policy = new AccessPolicy(config.auth().anonymousReads());
  }

  void install(@Observes Router router) {
    ErrorAnswers errors = new ErrorAnswers(limits);
    router.route().order(LIMITS_ORDER).handler(limits);
    router.route().order(LIMITS_ORDER + 2).handler(foreignOrigins);
    router
        .route()
        .order(LIMITS_ORDER + 1)
        .failureHandler(context -> errors.answer(context, context.statusCode()));
    ERROR_STATUSES.forEach(status -> router.errorHandler(status, c -> errors.answer(c, status)));
    String asyncApi = AsyncApiDocument.yaml();
    router
        .route(HttpMethod.GET, "/asyncapi.yaml")
        .handler(
            context ->
                context.response().putHeader("Content-Type", "application/yaml").end(asyncApi));
    BodyHandler body = BodyHandler.create(false).setBodyLimit(limits.maxBodySize());
    int order = API_ORDER;
    for (Route route : Routes.ALL) {
      var vertxRoute =
          router.route(HttpMethod.valueOf(route.method()), route.path()).order(order++);
      if (route.jsonBody()) {
        vertxRoute.consumes("application/json");
      }
      vertxRoute.produces(route.stream() ? "text/event-stream" : "application/json");
      if (!route.method().equals("GET")) {
        vertxRoute.handler(body);
      }
      vertxRoute
          .handler(authentication)
          .handler(rateLimiting)
          .handler(new Authorization(route, policy))
          .handler(target(route));
    }
    router.getWithRegex("/api/.*").order(order).handler(notAcceptable());
  }

  /**
   * The dashboard's static files are a catch-all GET route: without this, an API GET whose Accept
   * no route can produce would fall through to it and become a 404 instead of a 406 problem.
   */
  private static Handler<RoutingContext> notAcceptable() {
    List<Pattern> gets =
        Routes.ALL.stream()
            .filter(route -> route.method().equals("GET"))
            .map(route -> Pattern.compile(route.path().replaceAll(":[A-Za-z]+", "[^/]+")))
            .toList();
    return context -> {
      if (gets.stream().anyMatch(path -> path.matcher(context.normalizedPath()).matches())) {
        context.fail(406);
      } else {
        context.next();
      }
    };
  }

  private Handler<RoutingContext> target(Route route) {
    if (route.service().isPresent()) {
      var target = targets.get(route.service().get());
      return route.stream() ? new StreamHandler(route, target) : new ProxyHandler(route, target);
    }
    Map<String, Handler<RoutingContext>> local =
        Map.of(
            "POST " + Routes.API_KEYS, apiKeys::issue,
            "GET " + Routes.API_KEYS, apiKeys::list,
            "DELETE " + Routes.API_KEYS + "/:id", apiKeys::revoke);
    Handler<RoutingContext> handler = local.get(route.method() + " " + route.path());
    if (handler == null) {
      throw new IllegalStateException("no handler for the gateway route " + route);
    }
    return handler;
  }
}
