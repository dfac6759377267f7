package io.gigawatt.gateway.proxy;

import io.gigawatt.gateway.GatewayConfig;
import io.smallrye.faulttolerance.api.Guard;
import io.vertx.core.http.HttpClosedException;
import jakarta.enterprise.util.TypeLiteral;
import java.net.ConnectException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * SmallRye Fault Tolerance around the calls to one service: a timeout and a circuit breaker on
 * every call, and, for GET only, retries of calls whose connection failed. Only failures to get an
 * answer count for the breaker; an answer with any status is a success.
 */
public final class ServiceGuard {
  private final Guard call;
  private final Guard retry;

  ServiceGuard(String service, java.time.Duration timeout, GatewayConfig.Downstreams config) {
    this.call =
        Guard.create()
            .withDescription(service)
            .withThreadOffload(false)
            .withTimeout()
            .duration(timeout.toMillis(), ChronoUnit.MILLIS)
            .done()
            .withCircuitBreaker()
            .name(service)
            .requestVolumeThreshold(config.breakerWindow())
            .failureRatio(config.breakerFailureRatio())
            .delay(config.breakerDelay().toMillis(), ChronoUnit.MILLIS)
            .successThreshold(1)
            .done()
            .build();
    this.retry =
        Guard.create()
            .withDescription(service + " GET retries")
            .withThreadOffload(false)
            .withRetry()
            .maxRetries(config.getRetries())
            .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
            .jitter(config.retryDelay().toMillis() / 2, ChronoUnit.MILLIS)
            .retryOn(List.of(ConnectException.class, HttpClosedException.class))
            .done()
            .build();
  }

  /** Runs one call; {@code retryable}: it may be sent again when its connection failed. */
  public <T> CompletionStage<T> run(
      boolean retryable,
      Supplier<CompletionStage<T>> attempt,
      TypeLiteral<CompletionStage<T>> type) {
    Supplier<CompletionStage<T>> guarded = () -> call.get(attempt, type);
    return retryable ? retry.get(guarded, type) : guarded.get();
  }
}
