package io.gigawatt.gateway.api;

import io.gigawatt.gateway.auth.ApiKeys;
import io.gigawatt.gateway.domain.Caller;
import io.gigawatt.gateway.domain.KeyFormat;
import io.gigawatt.support.problem.Problem;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Finds the caller of a request from {@code Authorization: Bearer <key>}: no header is an anonymous
 * caller; a malformed, unknown or revoked key is 401 on every route. A key verified recently is
 * known without blocking; otherwise the store is asked on a worker thread.
 */
@ApplicationScoped
public class Authentication implements Handler<RoutingContext> {
  static final String CHALLENGE = "Bearer realm=\"gigawatt\"";
  private static final Logger LOG = Logger.getLogger(Authentication.class);
  private static final String SCHEME = "bearer ";

  private final ApiKeys keys;

  Authentication(ApiKeys keys) {
    this.keys = keys;
  }

  @Override
  public void handle(RoutingContext context) {
    String header = context.request().getHeader("Authorization");
    if (header == null) {
      CallerContext.set(context, Caller.ANONYMOUS);
      context.next();
      return;
    }
    String token =
        header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
            ? header.substring(SCHEME.length()).strip()
            : null;
    if (!KeyFormat.wellFormed(token)) {
      refuse(
          context, "the Authorization header is not \"Bearer <API key>\" with a well-formed key");
      return;
    }
    Optional<Caller> known = keys.cached(token);
    if (known.isPresent()) {
      accept(context, known.get());
      return;
    }
    keys.verify(token)
        .onComplete(
            verified -> {
              if (verified.failed()) {
                LOG.error("cannot verify an API key", verified.cause());
                Problems.send(context, ApiKeyEndpoints.KEY_STORE_UNAVAILABLE);
              } else if (verified.result().isEmpty()) {
                refuse(context, "the API key is unknown or revoked");
              } else {
                accept(context, verified.result().get());
              }
            });
  }

  private static void accept(RoutingContext context, Caller caller) {
    CallerContext.set(context, caller);
    context.next();
  }

  private static void refuse(RoutingContext context, String detail) {
    context.response().putHeader("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\"");
    Problems.send(context, Problem.of(401, "unauthorized", "Unauthorized", detail), Map.of());
  }
}
