package io.gigawatt.capacity;

import static io.gigawatt.capacity.KafkaRecords.newId;
import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.events.CloudEventRecords;
import io.gigawatt.events.Confidence;
import io.gigawatt.events.DomainEvent;
import io.gigawatt.events.Location;
import io.gigawatt.events.Organization;
import io.gigawatt.events.PlannedPower;
import io.gigawatt.events.SiteAnnounced;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** asOf, knownAt, the timeline, blocs and programs through the HTTP API, on real infrastructure. */
@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "capacity"))
class TimeTravelServiceTest {
  static final String REGIONS = "/api/v1/capacity/regions";
  static final OffsetDateTime EARLY = OffsetDateTime.parse("2025-03-02T00:00:00Z");
  static final OffsetDateTime LATE = OffsetDateTime.parse("2025-11-01T00:00:00Z");

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void aBackfillChangesThePastAsOfNowButNotAsKnownBefore() throws Exception {
    send(site("PT", LocalDate.of(2025, 3, 1), 100), EARLY);
    send(site("PT", LocalDate.of(2019, 5, 1), 40), LATE);
    Eventually.within(
        Duration.ofSeconds(30),
        () -> get(REGIONS + "/PT").then().body("sites.announced", equalTo(2)));

    get(REGIONS + "/PT?asOf=2020-01-01").then().statusCode(200).body("sites.announced", equalTo(1));
    get(REGIONS + "/PT?asOf=2020-01-01&knownAt=2025-06-01T00:00:00Z")
        .then()
        .body("sites.announced", equalTo(0));
    get(REGIONS + "/PT?knownAt=2025-06-01T00:00:00Z")
        .then()
        .body("powerMw.planned", equalTo(100.0f));
    String now = get(REGIONS + "/PT").then().extract().asString();
    String today = get(REGIONS + "/PT?asOf=" + LocalDate.now()).then().extract().asString();
    assertThat(today).isEqualTo(now);

    get("/api/v1/capacity/timeline?region=PT&from=2019-01-01&to=2025-10-01&step=quarter")
        .then()
        .statusCode(200)
        .body("points[0].figures.sites.announced", equalTo(0))
        .body("points[2].date", equalTo("2019-07-01"))
        .body("points[2].figures.sites.announced", equalTo(1))
        .body("points[27].figures.powerMw.planned", equalTo(140.0f));
    get("/api/v1/capacity/timeline?region=PT&from=2019-01-01&to=2025-10-01&step=quarter"
            + "&knownAt=2025-06-01T00:00:00Z")
        .then()
        .body("points[2].figures.sites.announced", equalTo(0))
        .body("points[27].figures.powerMw.planned", equalTo(100.0f));
  }

  @Test
  void greatBritainCountsInTheEuAsOf2019ButNotAsOf2021() throws Exception {
    send(site("GB", LocalDate.of(2018, 4, 1), 75), EARLY);
    Eventually.within(
        Duration.ofSeconds(30),
        () -> get(REGIONS + "/EU?asOf=2019-06-01").then().body("powerMw.planned", equalTo(75.0f)));
    get(REGIONS + "/EU?asOf=2019-06-01")
        .then()
        .body("level", equalTo("bloc"))
        .body("sites.announced", equalTo(1));
    get(REGIONS + "/EU?asOf=2021-01-01").then().body("powerMw.planned", equalTo(0.0f));
    get(REGIONS + "?level=bloc")
        .then()
        .statusCode(200)
        .body("regions.code", hasItems("EU", "G7", "BRICS"));
    get("/api/v1/capacity/sovereignty?level=bloc&asOf=2019-06-01")
        .then()
        .statusCode(200)
        .body("regions.code", hasItems("EU", "G7"));
  }

  @Test
  void programsMatchTheirNameWhateverItsCase() throws Exception {
    Eventually.within(
        Duration.ofSeconds(30),
        () -> get("/api/v1/programs").then().body("name", hasItems("Stargate")));
    get("/api/v1/programs/STARGATE").then().statusCode(200).body("name", equalTo("Stargate"));
    get("/api/v1/programs/nothing-like-it")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void badTimesLevelsAndStepsAreProblemsNamingTheField() {
    problem(REGIONS + "?asOf=2019-13-01", "asOf");
    problem(REGIONS + "?asOf=1900-01-01", "asOf");
    problem(REGIONS + "?knownAt=yesterday", "knownAt");
    problem(REGIONS + "?level=galaxy", "level");
    problem(REGIONS + "?level=", "level");
    problem("/api/v1/capacity/sovereignty?asOf=", "asOf");
    problem("/api/v1/capacity/timeline?region=US&step=year", "step");
    problem("/api/v1/capacity/timeline?region=US&from=1950-01-01&to=2100-01-01&step=day", "step");
    problem("/api/v1/capacity/timeline", "region");
    get(REGIONS + "/QQ").then().statusCode(404).contentType("application/problem+json");
    get("/api/v1/capacity/timeline?region=QQ").then().statusCode(404);
  }

  private static void problem(String path, String field) {
    get(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems(field));
  }

  private static SiteAnnounced site(String country, LocalDate on, double mw) {
    var owner = new Organization("Owner", country);
    return new SiteAnnounced(
        newId(),
        "Site",
        "Stargate",
        owner,
        owner,
        new Location(country, null, null),
        new PlannedPower(mw, null),
        null,
        on,
        "https://example.org",
        Confidence.REPORTED);
  }

  private void send(DomainEvent event, OffsetDateTime recordedAt) throws Exception {
    try (var producer = KafkaRecords.producer(bootstrapServers)) {
      producer.send(CloudEventRecords.of(event, newId(), 1, recordedAt)).get();
    }
  }
}
