package io.gigawatt.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/** Where the owning services live and how long the gateway waits for them. */
@ConfigMapping(prefix = "gigawatt")
public interface GatewayConfig {

  @WithDefault("http://localhost:8081")
  URI siteServiceUrl();

  @WithDefault("http://localhost:8082")
  URI contractServiceUrl();

  @WithDefault("http://localhost:8083")
  URI capacityServiceUrl();

  @WithDefault("2s")
  Duration connectTimeout();

  @WithDefault("10s")
  Duration requestTimeout();

  /** Per-service wait of the reachability report on {@code /q/health}. */
  @WithDefault("1s")
  Duration healthProbeTimeout();
}
