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
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates the topics this service writes, explicitly rather than by broker auto-creation: its
 * dead-letter topic (kept forever) and the compacted region snapshots.
 */
@ApplicationScoped
public class TopicSetup {
  private static final Logger LOG = Logger.getLogger(TopicSetup.class);
  private final CapacityConfig config;
  private volatile boolean done;

  TopicSetup(CapacityConfig config) {
    this.config = config;
  }

  /** Creates the topics that are missing; false (to be retried) when Kafka cannot be reached. */
  boolean ready() {
    return done;
  }

  boolean ensure() {
    if (done) {
      return true;
    }
    var props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers());
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
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
      compact(admin);
      done = true;
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      LOG.warnf("Could not set up the topics yet (will retry): %s", e.getMessage());
      return false;
    }
  }

  /** The snapshots topic is compacted even when something created it before this service. */
  private static void compact(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    var resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CAPACITY_REGIONS);
    var compaction =
        new AlterConfigOp(new ConfigEntry("cleanup.policy", "compact"), AlterConfigOp.OpType.SET);
    admin
        .incrementalAlterConfigs(Map.of(resource, List.of(compaction)))
        .all()
        .get(5, TimeUnit.SECONDS);
  }

  private static NewTopic topic(String name, Map<String, String> configs) {
    return new NewTopic(name, Optional.empty(), Optional.empty()).configs(configs);
  }

  private static void created(KafkaFuture<Void> result)
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
