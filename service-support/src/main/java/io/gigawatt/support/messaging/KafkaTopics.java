package io.gigawatt.support.messaging;

import java.util.Collection;
import java.util.HashMap;
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
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics a service writes, explicitly rather than by broker auto-creation, and sets
 * their configuration (e.g. {@code cleanup.policy=compact}) also when something else created them.
 */
public final class KafkaTopics {
  private static final long TIMEOUT_MS = 5_000;

  private KafkaTopics() {}

  /**
   * @param topics topic name → the configuration it must have
   * @throws IllegalStateException when Kafka cannot be reached or refuses (to be retried)
   */
  public static void ensure(String bootstrapServers, Map<String, Map<String, String>> topics) {
    var props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MS);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT_MS);
    try (var admin = Admin.create(props)) {
      var existing = admin.listTopics().names().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
      var missing =
          topics.entrySet().stream()
              .filter(topic -> !existing.contains(topic.getKey()))
              .map(
                  t ->
                      new NewTopic(t.getKey(), Optional.empty(), Optional.empty())
                          .configs(t.getValue()))
              .toList();
      for (var created : admin.createTopics(missing).values().values()) {
        try {
          created.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
      admin.incrementalAlterConfigs(settings(topics)).all().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      throw new IllegalStateException("cannot create topics " + topics.keySet() + ": " + e, e);
    }
  }

  private static Map<ConfigResource, Collection<AlterConfigOp>> settings(
      Map<String, Map<String, String>> topics) {
    Map<ConfigResource, Collection<AlterConfigOp>> settings = new HashMap<>();
    topics.forEach(
        (topic, configs) ->
            settings.put(
                new ConfigResource(ConfigResource.Type.TOPIC, topic),
                configs.entrySet().stream()
                    .map(
                        c ->
                            new AlterConfigOp(
                                new ConfigEntry(c.getKey(), c.getValue()),
                                AlterConfigOp.OpType.SET))
                    .toList()));
    return settings;
  }
}
