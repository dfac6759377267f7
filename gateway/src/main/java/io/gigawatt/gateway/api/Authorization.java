package io.gigawatt.gateway.api;

import io.gigawatt.gateway.domain.AccessPolicy;
import io.gigawatt.gateway.domain.Caller;
import io.gigawatt.gateway.domain.Route;
import io.gigawatt.support.problem.Problem;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Lets a request through when its caller may use the route: else 401 (no key) or 403. */
final class Authorization implements Handler<RoutingContext> {
  private final Route route;
  private final AccessPolicy policy;

  Authorization(Route route, AccessPolicy policy) {
    this.route = route;
    this.policy = policy;
  }

  @Override
  public void handle(RoutingContext context) {
    Caller caller = CallerContext.of(context);
    switch (policy.decide(route.access(), caller)) {
      case ALLOWED -> context.next();
      case KEY_REQUIRED -> {
        context.response().putHeader("WWW-Authenticate", Authentication.CHALLENGE);
        Problems.send(
            context,
            Problem.of(
                401,
                "unauthorized",
                "Unauthorized",
                route
                    + " needs an API key with the role "
                    + route.access().role().id()
                    + " (Authorization: Bearer <key>)"));
      }
      case FORBIDDEN ->
          Problems.send(
              context,
              Problem.of(
                  403,
                  "forbidden",
                  "Forbidden",
                  "the key '"
                      + caller.name()
                      + "' has the role "
                      + caller.role().id()
                      + "; "
                      + route
                      + " needs "
                      + route.access().role().id()));
    }
  }
}
