package io.gigawatt.capacity;

import static io.gigawatt.capacity.KafkaRecords.newId;
import static io.gigawatt.capacity.KafkaRecords.of;
import static io.gigawatt.capacity.KafkaRecords.raw;
import static io.gigawatt.capacity.KafkaRecords.send;
import static io.gigawatt.capacity.TestEvents.contract;
import static io.gigawatt.capacity.TestEvents.delivery;
import static io.gigawatt.capacity.TestEvents.party;
import static io.gigawatt.capacity.TestEvents.site;
import static io.restassured.RestAssured.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.agroal.api.AgroalDataSource;
import io.gigawatt.capacity.api.RegionsResponse;
import io.gigawatt.capacity.domain.ContractFigures;
import io.gigawatt.capacity.domain.Figures;
import io.gigawatt.capacity.domain.GpuFigures;
import io.gigawatt.capacity.domain.PowerMw;
import io.gigawatt.capacity.domain.RegionCapacity;
import io.gigawatt.capacity.domain.SiteCounts;
import io.gigawatt.capacity.domain.Sovereignty;
import io.gigawatt.capacity.domain.WorldShare;
import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.events.EventJson;
import io.gigawatt.events.EventType;
import io.gigawatt.events.PartyRole;
import io.gigawatt.events.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@QuarkusTest
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "capacity"))
class CapacityServiceTest {
  static final Duration TIMEOUT = Duration.ofSeconds(60);
  static final String DEAD_LETTERS = "gigawatt.capacity-service.dlq";
  static final String REGIONS = "/api/v1/capacity/regions";
  static final String GB200 = "nvidia-gb200";
  static final String H100 = "nvidia-h100";

  static final RegionCapacity US =
      new RegionCapacity(
          "US",
          "country",
          "United States",
          new SiteCounts(1, 0, 0, 0, 0),
          new PowerMw(1200, 0, 0),
          new ContractFigures(1, BigInteger.valueOf(800_000_000L), 800),
          new GpuFigures(64_000, 161697.8, 160000, 76.8, Map.of(GB200, 64_000L), 0),
          new WorldShare(0, 0.9939),
          // every GPU is controlled by the sites' owner, Oracle (US): no contract names a provider
          new Sovereignty(
              161697.8,
              162697.8,
              161697.8,
              1.0,
              0.0,
              Map.of("US", 161697.8),
              Map.of("US", 161697.8),
              Map.of("US", 161697.8, "NO", 1000.0)));
  static final RegionCapacity NO =
      new RegionCapacity(
          "NO",
          "country",
          "Norway",
          new SiteCounts(1, 0, 0, 0, 0),
          new PowerMw(300, 0, 0),
          new ContractFigures(1, BigInteger.valueOf(200_000_000L), 200),
          new GpuFigures(1_000, 1000, 989.4, 0.7, Map.of(H100, 1_000L), 0),
          new WorldShare(0, 0.0061),
          new Sovereignty(
              1000, 0, 0, 0, 1.0, Map.of("US", 1000.0), Map.of("US", 1000.0), Map.of()));
  static final RegionCapacity FR =
      new RegionCapacity(
          "FR",
          "country",
          "France",
          new SiteCounts(0, 0, 0, 0, 0),
          new PowerMw(0, 0, 0),
          new ContractFigures(1, BigInteger.valueOf(5_000_000L), 50),
          new GpuFigures(0, 0, 0, 0, Map.of(), 0),
          new WorldShare(0, 0),
          new Sovereignty(0, 0, 0, 0, 0, Map.of(), Map.of(), Map.of()));
  static final Figures WORLD =
      new Figures(
          new SiteCounts(2, 0, 0, 0, 0),
          new PowerMw(1500, 0, 0),
          new ContractFigures(2, BigInteger.valueOf(1_005_000_000L), 1050),
          new GpuFigures(
              65_000, 162697.8, 160989.4, 77.5, Map.of(GB200, 64_000L, H100, 1_000L), 0));

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Inject AgroalDataSource dataSource;

  @Test
  @Order(1) // the whole view is still empty
  void projectsEventsOnceWhateverTheirOrder() throws Exception {
    String signed = newId();
    String delivered = newId();
    String h100Delivered = newId();
    String sitelessSigned = newId();
    String unknownMarker = "{\"marker\": \"" + newId() + "\"}";
    try (var producer = producer()) {
      // One partition (key c-1): deliveries before their sites, one of them sent twice with one
      // ce_id, and two poison records that must not stop what follows.
      send(
          producer,
          of(
              signed,
              contract(
                  "c-1",
                  1_000_000_000L,
                  1000,
                  List.of("abilene", "narvik"),
                  party("OpenAI", "US", PartyRole.BUYER)),
              1),
          of(delivered, delivery("c-1", "d-1", "abilene", GB200, 64_000), 2),
          of(delivered, delivery("c-1", "d-1", "abilene", GB200, 64_000), 2),
          raw(
              Topics.CONTRACT_EVENTS,
              newId(),
              EventType.GPUS_DELIVERED.ceType(),
              "c-1",
              "{not json",
              3),
          raw(
              Topics.CONTRACT_EVENTS,
              newId(),
              "io.gigawatt.contract.renegotiated.v9",
              "c-1",
              unknownMarker,
              3),
          of(h100Delivered, delivery("c-1", "d-2", "narvik", H100, 1_000), 3),
          of(
              sitelessSigned,
              contract(
                  "c-2",
                  5_000_000L,
                  50,
                  List.of(),
                  party("Fluidstack", "GB", PartyRole.PROVIDER),
                  party("Mistral AI", "FR", PartyRole.BUYER)),
              1));
      Eventually.within(
          TIMEOUT, () -> assertThat(processed(h100Delivered, sitelessSigned)).isEqualTo(2));

      // No site is known yet: the deliveries and the sited contract count nowhere.
      get(REGIONS)
          .then()
          .statusCode(200)
          .body("regions.code", contains("FR"))
          .body("world.gpus.delivered", equalTo(0))
          .body("world.contracts.count", equalTo(1));

      send(
          producer,
          of(newId(), site("abilene", "US", 1200), 1),
          // an announcement of schema v1, as older producers wrote it: upcast to v2 on reading
          raw(
              Topics.SITE_EVENTS,
              newId(),
              "io.gigawatt.site.announced.v1",
              "narvik",
              EventJson.write(site("narvik", "NO", 300))
                  .replace("\"plannedPower\":{\"facilityMw\":300.0}", "\"plannedCapacityMw\":300"),
              1));
    }

    Eventually.within(
        TIMEOUT,
        () ->
            assertThat(regions())
                .isEqualTo(new RegionsResponse("country", null, null, List.of(US, NO, FR), WORLD)));
    assertThat(get(REGIONS + "/US").then().statusCode(200).extract().as(RegionCapacity.class))
        .isEqualTo(US);
    get(REGIONS)
        .then()
        .body("level", equalTo("country"))
        .body("regions[0].gpus.byModel.'nvidia-gb200'", equalTo(64_000))
        .body("regions[0].contracts.valueUsd", equalTo(800_000_000))
        .body("world.powerMw.planned", equalTo(1500.0f));
    assertThat(processed(delivered)).isEqualTo(1);
    assertThat(deadLetterReasons())
        .hasEntrySatisfying("{not json", reason -> assertThat(reason).contains("malformed"))
        .hasEntrySatisfying(
            unknownMarker, reason -> assertThat(reason).contains("unknown event type"));
  }

  @Test
  void anUnknownLevelIsAProblemNamingLevel() {
    get(REGIONS + "?level=galaxy")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("level"));
  }

  @Test
  void unknownRegionIsNotFound() {
    get(REGIONS + "/QQ").then().statusCode(404).contentType("application/problem+json");
  }

  @Test
  void countryWithoutDataHasAllZeroFigures() {
    get(REGIONS + "/DE")
        .then()
        .statusCode(200)
        .body("code", equalTo("DE"))
        .body("name", equalTo("Germany"))
        .body("sites.announced", equalTo(0))
        .body("gpus.h100e", equalTo(0.0f))
        .body("worldShare.h100e", equalTo(0.0f));
  }

  @Test
  void readinessCoversTheDatabaseAndTheViewButNotKafka() {
    // Kafka unreachable leaves the view readable (stale): degraded, not down.
    get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("Database connections health check", "capacity view ready"))
        .body("checks.name", not(hasItems("Kafka connection health check")));
    get("/q/health/live")
        .then()
        .statusCode(200)
        .body("checks.name", hasItems("capacity projection consuming"));
  }

  @Test
  void metricsShowTheProjection() {
    get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("gigawatt_projection_events_applied_total{role=\"active\"}"))
        .body(containsString("gigawatt_projection_lag{role=\"active\"}"));
  }

  @Test
  void aModelTheCatalogLacksCountsInTheRegionAndInAMetric() throws Exception {
    String site = newId();
    String contract = newId();
    try (var producer = producer()) {
      send(producer, of(newId(), TestEvents.site(site, "IS", null, 40), 1));
      send(
          producer,
          of(newId(), contract(contract, 1_000_000L, 10, List.of(site)), 1),
          of(newId(), delivery(contract, newId(), site, "acme-x1", 300), 2));
    }
    Eventually.within(
        TIMEOUT,
        () ->
            get(REGIONS + "/IS")
                .then()
                .statusCode(200)
                .body("gpus.unknownModel", equalTo(300))
                .body("gpus.h100e", equalTo(0.0f)));
    Eventually.within(
        TIMEOUT,
        () ->
            assertThat(metric("gigawatt_capacity_gpus_unknown_model")).isGreaterThanOrEqualTo(300));
  }

  private static double metric(String name) {
    return get("/q/metrics")
        .asString()
        .lines()
        .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElse(-1);
  }

  @Test
  void aSubdivisionIsARegionOfItsOwn() throws Exception {
    try (var producer = producer()) {
      send(producer, of(newId(), TestEvents.site(newId(), "IN", "IN-KA", 90), 1));
    }
    Eventually.within(
        TIMEOUT,
        () ->
            get(REGIONS + "/IN-KA")
                .then()
                .statusCode(200)
                .body("level", equalTo("subdivision"))
                .body("powerMw.planned", equalTo(90.0f)));
    get(REGIONS + "?level=subdivision")
        .then()
        .statusCode(200)
        .body("regions.code", hasItems("IN-KA"));
  }

  @Test
  void anUnexpectedFailureIsAProblemWithAnErrorId() throws Exception {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      int generation = ActiveView.generation(dataSource);
      statement.execute(
          "insert into view_"
              + generation
              + ".region values ('ZW', 'country',"
              + " '{\"sites.announced\": \"many\"}', 0)"
              + " on conflict (code) do update set totals = excluded.totals");
      get(REGIONS + "/ZW")
          .then()
          .statusCode(500)
          .contentType("application/problem+json")
          .body("instance", org.hamcrest.Matchers.startsWith("urn:gigawatt:error:"));
      statement.execute("delete from view_" + generation + ".region where code = 'ZW'");
    }
  }

  private RegionsResponse regions() {
    return get(REGIONS).then().statusCode(200).extract().as(RegionsResponse.class);
  }

  private int processed(String... eventIds) throws Exception {
    return ActiveView.facts(dataSource, eventIds);
  }

  /** Value → dead-letter reason of every record on the dead-letter topic. */
  private Map<String, String> deadLetterReasons() throws Exception {
    var props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + newId());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    Map<String, String> reasons = new HashMap<>();
    try (var consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(DEAD_LETTERS));
      Eventually.within(
          TIMEOUT,
          () -> {
            for (var record : consumer.poll(Duration.ofMillis(200))) {
              var reason = record.headers().lastHeader("dead-letter-reason");
              reasons.put(
                  record.value(),
                  reason == null ? null : new String(reason.value(), StandardCharsets.UTF_8));
            }
            assertThat(reasons).hasSize(2);
          });
    }
    return reasons;
  }

  private KafkaProducer<String, String> producer() {
    return KafkaRecords.producer(bootstrapServers);
  }
}
