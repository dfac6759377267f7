package io.gigawatt.eventstore.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "gigawatt.idempotency")
public interface IdempotencyConfig {
  /** How long a key answers retries; after that the same key runs the command again. */
  @WithDefault("24h")
  Duration retention();

  /** How often expired keys are deleted. */
  @WithDefault("1h")
  Duration cleanupInterval();
}
