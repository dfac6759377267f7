package io.gigawatt.contract.messaging;

import io.gigawatt.support.messaging.KafkaTopics;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the known-sites consumer's dead-letter topic (kept forever) at startup, so it is never
 * left to broker auto-creation.
 */
@ApplicationScoped
public class DeadLetterTopic {
  private static final Logger LOG = Logger.getLogger(DeadLetterTopic.class);

  void create(
      @Observes StartupEvent event,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      @ConfigProperty(name = "mp.messaging.incoming.site-events.dead-letter-queue.topic")
          String topic) {
    try {
      KafkaTopics.ensure(bootstrapServers, Map.of(topic, Map.of("retention.ms", "-1")));
    } catch (IllegalStateException e) {
      LOG.warnf("Dead-letter topic %s not created: %s", topic, e.getMessage());
    }
  }
}
