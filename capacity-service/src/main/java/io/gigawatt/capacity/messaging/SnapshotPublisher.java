package io.gigawatt.capacity.messaging;

import io.gigawatt.capacity.config.CapacityConfig;
import io.gigawatt.capacity.messaging.RegionChanges.Change;
import io.gigawatt.events.RegionSnapshots;
import io.gigawatt.events.Topics;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

/**
 * Publishes each changed region's figures to the compacted topic {@code gigawatt.capacity.regions}
 * (key = region code, CloudEvents binary mode, see {@link RegionSnapshots}), so a consumer that
 * reads the topic from the start gets the newest figures of every region.
 */
@ApplicationScoped
public class SnapshotPublisher {
  private static final Logger LOG = Logger.getLogger(SnapshotPublisher.class);

  private final KafkaProducers producers;
  private final RegionChanges changes;
  private final CapacityConfig config;
  private final TopicSetup topics;
  private boolean behind;

  SnapshotPublisher(
      KafkaProducers producers, RegionChanges changes, CapacityConfig config, TopicSetup topics) {
    this.topics = topics;
    this.producers = producers;
    this.changes = changes;
    this.config = config;
  }

  void start(@Observes StartupEvent event) {
    if (config.live().publishSnapshots()) {
      changes.subscribe(this::publish);
    }
  }

  /**
   * Until the topic is set up (compacted), changes are held back; then every region is published
   * once, so the topic misses none.
   */
  private void publish(List<Change> batch) {
    if (!topics.ready()) {
      behind = true;
      return;
    }
    if (behind) {
      behind = false;
      send(changes.since(null));
    }
    send(batch);
  }

  private void send(List<Change> batch) {
    for (Change change : batch) {
      var region = change.region();
      var record = new ProducerRecord<>(Topics.CAPACITY_REGIONS, region.code(), change.json());
      KafkaProducers.header(record, "ce_specversion", "1.0");
      KafkaProducers.header(record, "ce_id", UUID.randomUUID().toString());
      KafkaProducers.header(record, "ce_type", RegionSnapshots.CE_TYPE);
      KafkaProducers.header(record, "ce_source", RegionSnapshots.CE_SOURCE);
      KafkaProducers.header(record, "ce_subject", region.code());
      KafkaProducers.header(record, "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
      KafkaProducers.header(record, "ce_viewposition", change.id());
      KafkaProducers.header(record, "content-type", "application/json");
      producers.send(
          record,
          (metadata, failure) -> {
            if (failure != null) {
              LOG.warnf("Snapshot of %s not published: %s", region.code(), failure.getMessage());
            }
          });
    }
  }
}
