package io.gigawatt.capacity.messaging;

import io.gigawatt.capacity.config.CapacityConfig;
import io.gigawatt.events.Topics;
import io.gigawatt.support.messaging.KafkaTopics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The topics this service writes, created explicitly: its dead-letter topic (kept forever) and the
 * compacted region snapshots.
 */
@ApplicationScoped
public class TopicSetup {
  private static final Logger LOG = Logger.getLogger(TopicSetup.class);

  private final CapacityConfig config;
  private volatile boolean done;

  TopicSetup(CapacityConfig config) {
    this.config = config;
  }

  boolean ready() {
    return done;
  }

  /** Creates what is missing; false (to be retried) while Kafka cannot be reached. */
  boolean ensure() {
    if (!done) {
      try {
        KafkaTopics.ensure(
            config.kafkaBootstrapServers(),
            Map.of(
                config.projection().deadLetterTopic(),
                Map.of("retention.ms", "-1"),
                Topics.CAPACITY_REGIONS,
                Map.of("cleanup.policy", "compact")));
        done = true;
      } catch (IllegalStateException e) {
        LOG.warnf("Could not set up the topics yet (will retry): %s", e.getMessage());
      }
    }
    return done;
  }
}
