package io.gigawatt.eventstore;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "gigawatt.relay")
public interface RelayConfig {
  /** Whether this instance competes to run the outbox relay. */
  @WithDefault("true")
  boolean enabled();

  /**
   * Events read, sent and marked per round. At most the outbox channel's {@code
   * max-inflight-messages} (SmallRye's default 1024): a larger batch overflows the Emitter.
   */
  @WithDefault("1000")
  int batchSize();

  /** How long the leader waits for a notification before it looks anyway: the fallback poll. */
  @WithDefault("1s")
  Duration pollInterval();

  @WithDefault("30s")
  Duration ackTimeout();

  /** How often a standby tries to take the lock (and how long it waits after losing it). */
  @WithDefault("2s")
  Duration standbyRetry();

  /** The PostgreSQL advisory lock key the leader holds; per database. */
  @WithDefault("1735880546")
  long lockKey();
}
