package io.gigawatt.capacity.messaging;

import io.gigawatt.capacity.config.CapacityConfig;
import io.gigawatt.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics this service writes, explicitly rather than by broker auto-creation: its
 * dead-letter topic (kept forever) and the compacted region snapshots.
 */
@ApplicationScoped
public class TopicSetup {
  private final CapacityConfig config;
  private volatile boolean done;

  TopicSetup(CapacityConfig config) {
    this.config = config;
  }

  /** Creates the topics that are missing; false (to be retried) when Kafka cannot be reached. */
  boolean ensure() {
    if (done) {
      return true;
    }
    var props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers());
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
    try (var admin = Admin.create(props)) {
      var existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
      var missing =
          List.of(
                  topic(config.projection().deadLetterTopic(), Map.of("retention.ms", "-1")),
                  topic(Topics.CAPACITY_REGIONS, Map.of("cleanup.policy", "compact")))
              .stream()
              .filter(t -> !existing.contains(t.name()))
              .toList();
      for (var result : admin.createTopics(missing).values().values()) {
        created(result);
      }
      done = true;
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      return false;
    }
  }

  private static NewTopic topic(String name, Map<String, String> configs) {
    return new NewTopic(name, Optional.empty(), Optional.empty()).configs(configs);
  }

  private static void created(org.apache.kafka.common.KafkaFuture<Void> result)
      throws InterruptedException, ExecutionException, TimeoutException {
    try {
      result.get(5, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }
}
