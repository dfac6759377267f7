package io.gigawatt.site.api;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.events.Topics;
import io.gigawatt.eventstore.StoredEvent;
import io.gigawatt.eventstore.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A row committed to the event store but never sent (the service died between commit and publish)
 * is published by the relay: the stored row is what gets published, so nothing is lost.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "sites"))
class OutboxRelayTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void anEventCommittedButNeverPublishedIsPublished() {
    var siteId = "orphan-" + UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              var row = new StoredEvent();
              row.streamId = siteId;
              row.version = 1;
              row.eventId = UUID.randomUUID();
              row.eventType = "io.gigawatt.site.announced.v1";
              row.payload =
                  "{\"siteId\":\""
                      + siteId
                      + "\",\"name\":\"Orphan\",\"plannedCapacityMw\":10,"
                      + "\"operator\":{\"name\":\"O\",\"country\":\"US\"},\"owner\":{\"name\":\"O\",\"country\":\"US\"},"
                      + "\"location\":{\"country\":\"US\"},\"occurredOn\":\"2025-01-01\","
                      + "\"source\":\"test\",\"confidence\":\"SPECULATIVE\"}";
              row.metadata = "{}";
              row.occurredOn = LocalDate.parse("2025-01-01");
              row.recordedAt = Instant.now();
              row.persist();
            });

    var records =
        TopicReader.readUntil(
            bootstrapServers,
            Topics.SITE_EVENTS,
            read -> read.stream().anyMatch(r -> siteId.equals(r.key())),
            Duration.ofSeconds(30));

    Assertions.assertThat(records.stream().filter(r -> siteId.equals(r.key()))).hasSize(1);
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(
                        () ->
                            StoredEvent.count("streamId = ?1 and publishedAt is not null", siteId)),
            published -> published == 1);
  }
}
