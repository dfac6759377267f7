package io.gigawatt.gateway.api;

import io.gigawatt.support.problem.Problem;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Takes one token from the caller's bucket: every limited answer carries {@code RateLimit-Limit}
 * (the bucket's size), {@code RateLimit-Remaining} and {@code RateLimit-Reset} (seconds until the
 * bucket is full again); an empty bucket is 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimiting implements Handler<RoutingContext> {
  private final RateLimits limits;

  RateLimiting(RateLimits limits) {
    this.limits = limits;
  }

  @Override
  public void handle(RoutingContext context) {
    Optional<RateLimits.Limit> limit =
        limits.of(CallerContext.of(context), () -> context.request().remoteAddress().host());
    if (limit.isEmpty()) {
      context.next();
      return;
    }
    ConsumptionProbe probe = limit.get().bucket().tryConsumeAndReturnRemaining(1);
    MultiMap headers = context.response().headers();
    headers
        .set("RateLimit-Limit", Long.toString(limit.get().capacity()))
        .set("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()))
        .set("RateLimit-Reset", Long.toString(seconds(probe.getNanosToWaitForReset())));
    if (probe.isConsumed()) {
      context.next();
      return;
    }
    long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
    headers.set("Retry-After", Long.toString(retryAfter));
    Problems.send(
        context,
        Problem.of(
            429,
            "rate-limited",
            "Too many requests",
            "more than "
                + limit.get().capacity()
                + " requests in a burst; retry in "
                + retryAfter
                + " s"));
  }

  private static long seconds(long nanos) {
    return (nanos + 999_999_999L) / 1_000_000_000L;
  }
}
