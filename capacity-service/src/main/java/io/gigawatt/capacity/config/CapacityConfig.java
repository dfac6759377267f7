package io.gigawatt.capacity.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The projection's settings, under {@code capacity.} (environment: {@code CAPACITY_…}). */
@ConfigMapping(prefix = "capacity")
public interface CapacityConfig {
  /** The Kafka cluster; application.properties sets it to {@code kafka.bootstrap.servers}. */
  String kafkaBootstrapServers();

  Projection projection();

  ReadYourWrites readYourWrites();

  Live live();

  interface Projection {
    /** Most records one batch (one poll, one transaction) applies. */
    @WithDefault("5000")
    int maxBatch();

    @WithDefault("PT0.5S")
    Duration pollTimeout();

    /** First pause after a failed batch; it doubles up to {@link #maxRetryDelay()}. */
    @WithDefault("PT0.2S")
    Duration retryDelay();

    @WithDefault("PT10S")
    Duration maxRetryDelay();

    /** How often generations are checked: a rebuild caught up, a replica's switch, a drop. */
    @WithDefault("PT1S")
    Duration checkInterval();

    /** How long a replaced generation stays before its schema is dropped (readers finishing). */
    @WithDefault("PT10S")
    Duration dropGrace();

    @WithDefault("gigawatt.capacity-service.dlq")
    String deadLetterTopic();
  }

  interface ReadYourWrites {
    /** Longest a query carrying X-Consistency-Token waits for the view; then 504. */
    @WithDefault("PT5S")
    Duration timeout();
  }

  interface Live {
    /** The live stream and the snapshot topic send each changed region at most once this often. */
    @WithDefault("PT0.1S")
    Duration interval();

    /** Publish region snapshots to the compacted topic gigawatt.capacity.regions. */
    @WithDefault("true")
    boolean publishSnapshots();
  }
}
