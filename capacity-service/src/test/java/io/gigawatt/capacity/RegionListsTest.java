package io.gigawatt.capacity;

import static io.gigawatt.capacity.KafkaRecords.newId;
import static io.gigawatt.capacity.KafkaRecords.of;
import static io.gigawatt.capacity.KafkaRecords.send;
import static io.gigawatt.capacity.TestEvents.contract;
import static io.gigawatt.capacity.TestEvents.delivery;
import static io.gigawatt.capacity.TestEvents.party;
import static io.gigawatt.capacity.TestEvents.site;
import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.events.PartyRole;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A region's sites and contracts through the HTTP API, on real Kafka and PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "capacity"))
class RegionListsTest {
  static final String REGIONS = "/api/v1/capacity/regions";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void aRegionListsItsSitesWithFiguresAndTheContractsThatCountInIt() throws Exception {
    String big = newId();
    String small = newId();
    String covering = newId();
    String siteless = newId();
    try (var producer = KafkaRecords.producer(bootstrapServers)) {
      send(
          producer,
          of(newId(), site(big, "LU", "LU-CA", 300), 1),
          of(newId(), site(small, "LU", 20), 1),
          of(
              newId(),
              contract(
                  covering,
                  2_000_000_000L,
                  250,
                  List.of(big),
                  party("Buyer", "FR", PartyRole.BUYER),
                  party("Provider", "LU", PartyRole.PROVIDER)),
              1),
          of(
              newId(),
              contract(siteless, 5_000_000L, 0, List.of(), party("Home", "LU", PartyRole.BUYER)),
              1),
          of(newId(), delivery(covering, newId(), big, "nvidia-gb200", 1000), 2));
    }
    Eventually.within(
        Duration.ofSeconds(60),
        () -> get(REGIONS + "/LU").then().body("gpus.delivered", equalTo(1000)));

    get(REGIONS + "/lu/sites")
        .then()
        .statusCode(200)
        .body("code", equalTo("LU"))
        .body("level", equalTo("country"))
        .body("sites.siteId", contains(big, small))
        .body("sites[0].status", equalTo("ANNOUNCED"))
        .body("sites[0].plannedMw", equalTo(300.0f))
        .body("sites[0].subdivision", equalTo("LU-CA"))
        .body("sites[0].gpus.delivered", equalTo(1000))
        .body("sites[0].gpus.h100e", equalTo(2526.5f))
        .body("sites[0].gpus.byModel.nvidia-gb200", equalTo(1000));
    get(REGIONS + "/LU-CA/sites").then().body("sites.siteId", contains(big));
    get(REGIONS + "/EU/sites").then().body("sites.siteId", hasItems(big, small));

    get(REGIONS + "/LU/contracts")
        .then()
        .statusCode(200)
        .body("contracts.contractId", contains(covering, siteless))
        .body("contracts[0].valueUsd", equalTo(2_000_000_000))
        .body("contracts[0].committedMw", equalTo(250.0f))
        .body("contracts[0].siteIds", contains(big))
        .body("contracts[0].parties.role", contains("BUYER", "PROVIDER"));
    get(REGIONS + "/LU-CA/contracts").then().body("contracts.contractId", contains(covering));
    get(REGIONS + "/FR/contracts")
        .then()
        .body("contracts.contractId", not(hasItem(covering)))
        .body("contracts.contractId", not(hasItem(siteless)));

    get(REGIONS + "/LU/sites?asOf=2025-09-22").then().body("sites", empty());
    get(REGIONS + "/LU/contracts?asOf=2025-09-22").then().body("contracts", empty());
  }

  @Test
  void unknownRegionsAndBadDatesAreProblems() {
    get(REGIONS + "/QQ/sites").then().statusCode(404).contentType("application/problem+json");
    get(REGIONS + "/LU/contracts?asOf=2025-02-30")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("asOf"));
  }
}
