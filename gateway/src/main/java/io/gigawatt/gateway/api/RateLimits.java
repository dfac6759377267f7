package io.gigawatt.gateway.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gigawatt.gateway.GatewayConfig;
import io.gigawatt.gateway.domain.Caller;
import io.gigawatt.gateway.domain.Role;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * Token buckets (Bucket4j) per API key and, for anonymous callers, per client address. A key's
 * bucket holds one second of its rate; an address's holds {@code anonymous-burst}. Buckets live in
 * this gateway's memory: with several replicas each enforces the limit on its own.
 */
@ApplicationScoped
public class RateLimits {
  /** A bucket and the numbers its headers show. */
  public record Limit(Bucket bucket, long capacity) {}

  private final GatewayConfig.RateLimits config;
  private final Cache<String, Limit> byKey =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(100_000).build();
  private final Cache<String, Limit> byAddress =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

  RateLimits(GatewayConfig config) {
    this.config = config.rateLimit();
  }

  /** The caller's bucket; empty when it is not limited (admin keys by default). */
  public Optional<Limit> of(Caller caller, Supplier<String> address) {
    if (caller.anonymous()) {
      return Optional.of(
          byAddress.get(
              address.get(),
              ignored -> limit(config.anonymousPerSecond(), config.anonymousBurst())));
    }
    OptionalInt perSecond = perSecond(caller);
    if (perSecond.isEmpty()) {
      return Optional.empty();
    }
    int rate = perSecond.getAsInt();
    return Optional.of(byKey.get(caller.keyId() + "/" + rate, ignored -> limit(rate, rate)));
  }

  private OptionalInt perSecond(Caller caller) {
    if (caller.rateLimit().isPresent()) {
      return caller.rateLimit();
    }
    return caller.role() == Role.ADMIN
        ? config.adminPerSecond()
        : OptionalInt.of(config.keyPerSecond());
  }

  private static Limit limit(int perSecond, int burst) {
    Bucket bucket =
        Bucket.builder()
            .addLimit(
                Bandwidth.builder()
                    .capacity(burst)
                    .refillGreedy(perSecond, Duration.ofSeconds(1))
                    .build())
            .build();
    return new Limit(bucket, burst);
  }
}
