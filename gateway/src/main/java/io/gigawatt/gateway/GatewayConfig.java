package io.gigawatt.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The gateway's settings. Each service's URL and timeout, e.g. {@code gigawatt.site-service.url}
 * (env {@code GIGAWATT_SITE_SERVICE_URL}); authentication, rate limits and request limits.
 */
@ConfigMapping(prefix = "gigawatt")
public interface GatewayConfig {

  @WithName("site-service")
  Service siteService();

  @WithName("contract-service")
  Service contractService();

  @WithName("capacity-service")
  Service capacityService();

  /** Shared by all services: connections, circuit breaker, GET retries. */
  Downstreams downstream();

  Auth auth();

  /**
   * The first admin key (env {@code GIGAWATT_ADMIN_KEY}): stored hashed at startup unless a key
   * with this secret exists already (active or revoked).
   */
  Optional<String> adminKey();

  RateLimits rateLimit();

  Limits limits();

  interface Service {
    URI url();

    /** How long one call may take before the client gets 504. */
    Duration timeout();
  }

  interface Downstreams {
    @WithDefault("2s")
    Duration connectTimeout();

    /** Keep-alive connections per service and event loop. */
    @WithDefault("64")
    int poolSize();

    /** Requests waiting for a pooled connection, per service and event loop; beyond it: 503. */
    @WithDefault("1024")
    int maxWaitQueue();

    /** Retries of a GET whose connection failed (never of other methods). */
    @WithDefault("2")
    int getRetries();

    @WithDefault("100ms")
    Duration retryDelay();

    /** Calls in the circuit breaker's rolling window. */
    @WithDefault("20")
    int breakerWindow();

    /** Share of failed calls in the window that opens the breaker. */
    @WithDefault("0.5")
    double breakerFailureRatio();

    /** How long an open breaker refuses calls before it lets one through. */
    @WithDefault("5s")
    Duration breakerDelay();

    /** Per-service wait of the reachability report on {@code /q/health}. */
    @WithDefault("1s")
    Duration healthProbeTimeout();
  }

  interface Auth {
    /** Reads (GET) without a key; false: every read needs at least the reader role. */
    @WithDefault("true")
    boolean anonymousReads();

    /** How long a verified key is trusted without looking at the store again. */
    @WithDefault("30s")
    Duration keyCacheTtl();

    /** bcrypt cost of stored key hashes (2^cost rounds). */
    @WithDefault("10")
    int bcryptCost();

    /** Name of the key created from {@code gigawatt.admin-key}. */
    @WithDefault("admin")
    String adminKeyName();
  }

  interface RateLimits {
    /** Anonymous requests per second per client address. */
    @WithDefault("20")
    int anonymousPerSecond();

    @WithDefault("100")
    int anonymousBurst();

    /** Requests per second of a reader or writer key issued without its own limit. */
    @WithDefault("1000")
    int keyPerSecond();

    /** Requests per second of an admin key issued without its own limit; absent: unlimited. */
    OptionalInt adminPerSecond();
  }

  interface Limits {
    /** Largest request body; larger: 413. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Longest request target (path and query); longer: 414. */
    @WithDefault("4096")
    int maxUriLength();

    /** Largest sum of request header names and values; larger: 431. */
    @WithDefault("16K")
    MemorySize maxHeaderSize();
  }
}
