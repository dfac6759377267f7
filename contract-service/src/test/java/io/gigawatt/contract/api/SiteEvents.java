package io.gigawatt.contract.api;

import static org.awaitility.Awaitility.await;

import io.gigawatt.contract.domain.KnownSite;
import io.gigawatt.contract.domain.SiteStatus;
import io.gigawatt.contract.persistence.KnownSiteEntity;
import io.gigawatt.events.CloudEventRecords;
import io.gigawatt.events.Confidence;
import io.gigawatt.events.EventJson;
import io.gigawatt.events.EventType;
import io.gigawatt.events.Location;
import io.gigawatt.events.Organization;
import io.gigawatt.events.PlannedPower;
import io.gigawatt.events.SiteAnnounced;
import io.gigawatt.events.SiteCancelled;
import io.gigawatt.events.SiteEvent;
import io.gigawatt.events.Topics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Site events onto {@code gigawatt.site.events} as site-service publishes them. */
final class SiteEvents implements AutoCloseable {
  static final LocalDate ON = LocalDate.parse("2025-06-01");
  static final String SOURCE = "https://example.org/site";

  private final KafkaProducer<String, String> producer;

  SiteEvents(String bootstrapServers) {
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            new StringSerializer());
  }

  static SiteAnnounced announced(String siteId) {
    return new SiteAnnounced(
        siteId,
        "Stargate " + siteId,
        "Stargate",
        new Organization("Oracle", "US"),
        new Organization("Vantage Data Centers", "US"),
        new Location("US", "US-TX", null),
        new PlannedPower(1400, null),
        null,
        ON,
        SOURCE,
        Confidence.CONFIRMED);
  }

  static SiteCancelled cancelled(String siteId) {
    return new SiteCancelled(siteId, "no power", ON.plusDays(1), SOURCE, Confidence.REPORTED);
  }

  /** {@link #announce} with a producer of its own. */
  static String announceOne(String bootstrapServers) {
    try (var sites = new SiteEvents(bootstrapServers)) {
      return sites.announce();
    }
  }

  /** Announces a new site and waits until contract-service knows it; returns its id. */
  String announce() {
    var siteId = "site-" + UUID.randomUUID();
    send(UUID.randomUUID().toString(), 1, announced(siteId));
    awaitSite(siteId, SiteStatus.ANNOUNCED);
    return siteId;
  }

  void send(String ceId, long sequence, SiteEvent event) {
    var type = EventType.of(event);
    sendRaw(ceId, type.ceType(), event.siteId(), sequence, EventJson.write(event));
  }

  void sendRaw(String ceId, String ceType, String key, long sequence, String data) {
    sendRecord(
        CloudEventRecords.raw(
            Topics.SITE_EVENTS,
            ceId,
            ceType,
            key,
            data,
            Long.toString(sequence),
            "2025-09-23T10:15:30.123Z"));
  }

  void sendRecord(ProducerRecord<String, String> record) {
    try {
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not send " + record, e);
    }
  }

  static KnownSite awaitSite(String siteId, SiteStatus status) {
    return await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> known(siteId), site -> site.status() == status);
  }

  static KnownSite known(String siteId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              KnownSiteEntity row = KnownSiteEntity.findById(siteId);
              return row == null ? KnownSite.unknown(siteId) : row.toSite();
            });
  }

  @Override
  public void close() {
    producer.close();
  }
}
