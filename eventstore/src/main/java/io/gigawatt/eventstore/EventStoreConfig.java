package io.gigawatt.eventstore;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Group commit: concurrent commands share one transaction and one WAL flush. */
@ConfigMapping(prefix = "gigawatt.eventstore")
public interface EventStoreConfig {
  /** Writer threads, each with its own connection; one commits while another fills its batch. */
  @WithDefault("2")
  int writers();

  /** The most commands one transaction carries. */
  @WithDefault("256")
  int maxBatch();
}
