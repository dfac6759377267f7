package io.gigawatt.eventstore;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "gigawatt.relay")
public interface RelayConfig {
  /** Whether this instance runs the outbox relay. */
  @WithDefault("true")
  boolean enabled();

  @WithDefault("500")
  int batchSize();

  /** How long the relay sleeps when nothing woke it: the fallback poll. */
  @WithDefault("1s")
  Duration pollInterval();

  @WithDefault("30s")
  Duration ackTimeout();
}
