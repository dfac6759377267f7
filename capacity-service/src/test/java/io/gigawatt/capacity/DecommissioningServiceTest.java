package io.gigawatt.capacity;

import static io.gigawatt.capacity.KafkaRecords.newId;
import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.equalTo;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.events.CloudEventRecords;
import io.gigawatt.events.Confidence;
import io.gigawatt.events.DomainEvent;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.events.GpusRetired;
import io.gigawatt.events.Location;
import io.gigawatt.events.Organization;
import io.gigawatt.events.PlannedPower;
import io.gigawatt.events.SiteAnnounced;
import io.gigawatt.events.SiteDeEnergized;
import io.gigawatt.events.SiteDecommissioned;
import io.gigawatt.events.SitePhaseEnergized;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** De-energizing, decommissioning and retiring through Kafka into the view, with time travel. */
@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "capacity"))
class DecommissioningServiceTest {
  static final String REGIONS = "/api/v1/capacity/regions";
  static final String SOURCE = "https://example.org/source";
  static final OffsetDateTime EARLY = OffsetDateTime.parse("2025-03-02T00:00:00Z");
  static final OffsetDateTime LATE = OffsetDateTime.parse("2025-11-01T00:00:00Z");

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void aSiteIsRunDownAndDecommissionedOnTheDatesOfItsEvents() throws Exception {
    String site = announce("CL", "CL", 500, "2020-01-01");
    send(
        new SitePhaseEnergized(site, 300, "1", day("2021-01-01"), SOURCE, Confidence.REPORTED),
        2,
        EARLY);
    send(
        new GpusDelivered(
            "c-" + site,
            "d1",
            site,
            "nvidia-h100",
            1_000,
            day("2021-01-01"),
            SOURCE,
            Confidence.REPORTED,
            null),
        1,
        EARLY);
    send(new SiteDeEnergized(site, 100, day("2022-01-01"), SOURCE, Confidence.REPORTED), 3, LATE);
    send(
        new GpusRetired(
            "c-" + site, site, "nvidia-h100", 400, day("2022-01-01"), SOURCE, Confidence.REPORTED),
        2,
        LATE);
    send(new SiteDecommissioned(site, day("2023-01-01"), SOURCE, Confidence.REPORTED), 4, LATE);
    Eventually.within(
        Duration.ofSeconds(30),
        () -> get(REGIONS + "/CL").then().body("sites.decommissioned", equalTo(1)));

    get(REGIONS + "/CL")
        .then()
        .body("sites.operational", equalTo(0))
        .body("powerMw.energized", equalTo(0.0f))
        .body("gpus.delivered", equalTo(0));
    get(REGIONS + "/CL?asOf=2021-06-01")
        .then()
        .body("sites.operational", equalTo(1))
        .body("powerMw.energized", equalTo(300.0f))
        .body("gpus.h100e", equalTo(1000.0f));
    get(REGIONS + "/CL?asOf=2022-06-01")
        .then()
        .body("powerMw.energized", equalTo(200.0f))
        .body("gpus.delivered", equalTo(600));
    get(REGIONS + "/CL?asOf=2022-06-01&knownAt=2025-06-01T00:00:00Z")
        .then()
        .body("powerMw.energized", equalTo(300.0f))
        .body("gpus.delivered", equalTo(1000));
    get(REGIONS + "/CL?knownAt=2025-06-01T00:00:00Z")
        .then()
        .body("sites.decommissioned", equalTo(0))
        .body("sites.operational", equalTo(1));
  }

  @Test
  void computeOfUnknownLocationIsARegionOfItsOwn() throws Exception {
    String site = announce("XX", "XX", 50, "2024-01-01");
    send(
        new GpusDelivered(
            "c-" + site,
            "d1",
            site,
            "unspecified-h100e",
            2_500,
            day("2024-06-01"),
            SOURCE,
            Confidence.SPECULATIVE,
            null),
        1,
        EARLY);
    Eventually.within(
        Duration.ofSeconds(30),
        () -> get(REGIONS + "/XX").then().statusCode(200).body("gpus.h100e", equalTo(2500.0f)));
    get(REGIONS + "/XX")
        .then()
        .body("name", equalTo("Unknown location"))
        .body("level", equalTo("country"))
        .body("sovereignty.supplyDependency", equalTo(1.0f))
        .body("sovereignty.hostedByControllerCountry.XX", equalTo(2500.0f));
  }

  /** Announces a site, recorded EARLY; returns its id. */
  private String announce(String country, String ownerCountry, double mw, String on)
      throws Exception {
    String site = newId();
    var owner = new Organization("Owner", ownerCountry);
    send(
        new SiteAnnounced(
            site,
            "Site",
            null,
            owner,
            owner,
            new Location(country, null, null),
            new PlannedPower(mw, null),
            null,
            day(on),
            SOURCE,
            Confidence.REPORTED),
        1,
        EARLY);
    return site;
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  private void send(DomainEvent event, long sequence, OffsetDateTime recordedAt) throws Exception {
    try (var producer = KafkaRecords.producer(bootstrapServers)) {
      producer.send(CloudEventRecords.of(event, newId(), sequence, recordedAt)).get();
    }
  }
}
