package io.gigawatt.contract.api;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import io.gigawatt.contract.domain.KnownSite;
import io.gigawatt.contract.domain.SiteStatus;
import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.events.Confidence;
import io.gigawatt.events.EventJson;
import io.gigawatt.events.EventType;
import io.gigawatt.events.SiteConstructionStarted;
import io.gigawatt.events.Topics;
import io.gigawatt.eventstore.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "contracts"))
class KnownSitesTest {
  static final String DEAD_LETTERS = "gigawatt.contract-service.dlq";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void duplicatesStaleAndPoisonRecordsChangeNothingAndTheConsumerGoesOn() {
    try (var sites = new SiteEvents(bootstrapServers)) {
      String siteId = "site-" + UUID.randomUUID();
      String announcedId = UUID.randomUUID().toString();
      sites.send(announcedId, 1, SiteEvents.announced(siteId));
      KnownSite known = SiteEvents.awaitSite(siteId, SiteStatus.ANNOUNCED);
      assertThat(known)
          .isEqualTo(new KnownSite(siteId, SiteStatus.ANNOUNCED, "Stargate " + siteId, "US", 1));

      // the announcement's ce_id again, now carrying a cancellation: a duplicate, ignored
      sites.send(announcedId, 2, SiteEvents.cancelled(siteId));
      // a stale event: version 1 again under a new id
      sites.send(UUID.randomUUID().toString(), 1, SiteEvents.cancelled(siteId));
      sites.sendRecord(new ProducerRecord<>(Topics.SITE_EVENTS, siteId, "not a CloudEvent"));
      sites.sendRaw(
          UUID.randomUUID().toString(),
          EventType.SITE_CANCELLED.ceType(),
          siteId,
          2,
          "{\"siteId\": \"" + siteId + "\"}");
      sites.send(
          UUID.randomUUID().toString(),
          2,
          new SiteConstructionStarted(
              siteId, SiteEvents.ON, SiteEvents.SOURCE, Confidence.REPORTED));

      // an announcement out of physical bounds: dead-lettered, the site stays unknown
      String outOfBounds = "site-" + UUID.randomUUID();
      sites.sendRaw(
          UUID.randomUUID().toString(),
          EventType.SITE_ANNOUNCED.ceType(),
          outOfBounds,
          1,
          EventJson.write(SiteEvents.announced(outOfBounds)).replace("1400.0", "1e308"));
      assertThat(SiteEvents.awaitSite(siteId, SiteStatus.UNDER_CONSTRUCTION).version())
          .isEqualTo(2);
      var dead =
          TopicReader.readUntil(
              bootstrapServers,
              DEAD_LETTERS,
              read ->
                  read.stream().filter(r -> siteId.equals(r.key())).count() == 2
                      && read.stream().anyMatch(r -> outOfBounds.equals(r.key())),
              Duration.ofSeconds(60));
      assertThat(dead.stream().filter(r -> siteId.equals(r.key())).map(r -> r.value()))
          .containsExactly("not a CloudEvent", "{\"siteId\": \"" + siteId + "\"}");
      assertThat(dead.stream().filter(r -> outOfBounds.equals(r.key())).map(r -> r.value()))
          .singleElement(as(STRING))
          .contains("\"facilityMw\":1e308");
      assertThat(SiteEvents.known(outOfBounds).status()).isEqualTo(SiteStatus.UNKNOWN);
    }
  }
}
