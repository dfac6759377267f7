package io.gigawatt.contract.api;

import static io.gigawatt.contract.api.Requests.CONTRACTS;
import static io.gigawatt.contract.api.Requests.deliver;
import static io.gigawatt.contract.api.Requests.rejected;
import static io.gigawatt.contract.api.Requests.sign;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.gigawatt.contract.domain.SiteStatus;
import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.events.Confidence;
import io.gigawatt.events.EventSchemas;
import io.gigawatt.events.EventType;
import io.gigawatt.events.SiteDecommissioned;
import io.gigawatt.support.consistency.ConsistencyToken;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "contracts"))
class RetirementTest {
  static final String RETIREMENT =
      """
      { "siteId": "%s", "gpuModel": "nvidia-gb200", "count": %d, "retiredOn": "%s",
        "source": "https://example.org/retired", "confidence": "REPORTED" }
      """;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  static String retirement(String siteId, long count, String on) {
    return RETIREMENT.formatted(siteId, count, on);
  }

  @Test
  void deliveredGpusAreRetiredNeverMoreThanDelivered() {
    String site = SiteEvents.announceOne(bootstrapServers);
    String contractId = sign(site);
    String path = CONTRACTS + "/" + contractId;
    deliver(contractId, "d-1", site, 64_000).statusCode(201);

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"2\"")
        .body(retirement(site, 60_000, "2028-01-01"))
        .post(path + "/retirements")
        .then()
        .statusCode(200)
        .header("ETag", "\"3\"")
        .header(ConsistencyToken.HEADER, new ConsistencyToken(contractId, 3).encode())
        .body("contractId", equalTo(contractId))
        .body("version", equalTo(3));
    rejected(
        Requests.post(path + "/retirements", retirement(site, 4_001, "2029-01-01")),
        "retirement-exceeds-delivered");
    rejected(
        Requests.post(path + "/retirements", retirement(site, 1, "2025-09-25")),
        "retirement-before-delivery");
    given()
        .get(path)
        .then()
        .statusCode(200)
        .body("gpusDelivered", equalTo(64_000))
        .body("gpusRetired", equalTo(60_000));

    for (int i = 0; i < 2; i++) {
      given()
          .contentType(ContentType.JSON)
          .header("Idempotency-Key", "retire-" + contractId)
          .body(retirement(site, 4_000, "2029-01-01"))
          .post(path + "/retirements")
          .then()
          .statusCode(200)
          .body("version", equalTo(4));
    }
    var published = Requests.published(bootstrapServers, contractId, 4);
    assertThat(published.get(3).header("ce_type")).isEqualTo(EventType.GPUS_RETIRED.ceType());
    assertThat(EventSchemas.violations(EventType.GPUS_RETIRED, published.get(3).value())).isEmpty();
  }

  @Test
  void badRetirementsNameTheirFieldAndStoreNothing() {
    String site = SiteEvents.announceOne(bootstrapServers);
    String contractId = sign(site);
    String path = CONTRACTS + "/" + contractId + "/retirements";
    Requests.post(path, retirement(site, 0, "2028-01-01"))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("count"));
    Requests.post(path, retirement(site, 1, "1949-12-31"))
        .statusCode(400)
        .body("errors.field", hasItem("retiredOn"));
    Requests.post(path, retirement(site, 1, "2028-01-01").replace("nvidia-gb200", "nope"))
        .statusCode(400)
        .body("errors.field", hasItem("gpuModel"));
    Requests.post(
            path, retirement(site, 1, "2028-01-01").replace("\"count\"", "\"n\": 1, \"count\""))
        .statusCode(400)
        .body("errors.field", hasItem("n"));
    given().get(CONTRACTS + "/" + contractId).then().header("ETag", "\"1\"");
  }

  @Test
  void aDecommissionedSiteTakesNoDeliveryFromItsDate() {
    try (var sites = new SiteEvents(bootstrapServers)) {
      String site = sites.announce();
      sites.send(
          UUID.randomUUID().toString(),
          2,
          new SiteDecommissioned(
              site, LocalDate.parse("2025-09-01"), SiteEvents.SOURCE, Confidence.REPORTED));
      assertThat(SiteEvents.awaitSite(site, SiteStatus.DECOMMISSIONED).decommissionedOn())
          .isEqualTo(LocalDate.parse("2025-09-01"));
      String contractId = sign(site);
      rejected(deliver(contractId, "d-1", site, 10), "site-decommissioned");
      deliver(contractId, "d-1", site, 10).statusCode(422);
      Requests.post(
              CONTRACTS + "/" + contractId + "/deliveries",
              Requests.DELIVERY.formatted("d-2", site, 10).replace("2025-09-26", "2025-08-31"))
          .statusCode(201);
    }
  }
}
