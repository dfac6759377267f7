package io.gigawatt.contract.api;

import static io.gigawatt.contract.api.Requests.AMEND_GPU_COUNT;
import static io.gigawatt.contract.api.Requests.CONTRACTS;
import static io.gigawatt.contract.api.Requests.TERMINATION;
import static io.gigawatt.contract.api.Requests.deliver;
import static io.gigawatt.contract.api.Requests.rejected;
import static io.gigawatt.contract.api.Requests.sign;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigawatt.contract.domain.SiteStatus;
import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.events.EventSchemas;
import io.gigawatt.events.EventType;
import io.gigawatt.support.consistency.ConsistencyToken;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "contracts"))
class ContractLifecycleTest {

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void signDeliverAmendDeliverTerminateThenNoMoreDeliveries() throws Exception {
    String site = SiteEvents.announceOne(bootstrapServers);
    String contractId = sign(site);
    String path = CONTRACTS + "/" + contractId;

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"1\"")
        .body(Requests.DELIVERY.formatted("d-1", site, 64_000))
        .post(path + "/deliveries")
        .then()
        .statusCode(201)
        .header("ETag", "\"2\"")
        .header(ConsistencyToken.HEADER, new ConsistencyToken(contractId, 2).encode())
        .body("deliveryId", equalTo("d-1"))
        .body("version", equalTo(2));
    rejected(deliver(contractId, "d-2", site, 64_000), "delivery-exceeds-commitment");

    given()
        .contentType(ContentType.JSON)
        .header("If-Match", "\"2\"")
        .body(AMEND_GPU_COUNT.formatted(150_000))
        .post(path + "/amendments")
        .then()
        .statusCode(200)
        .header("ETag", "\"3\"")
        .body("contractId", equalTo(contractId))
        .body("version", equalTo(3));
    rejected(
        Requests.post(path + "/amendments", AMEND_GPU_COUNT.formatted(63_999)),
        "gpu-count-below-delivered");
    deliver(contractId, "d-2", site, 64_000).statusCode(201).body("version", equalTo(4));

    Requests.post(path + "/termination", TERMINATION)
        .statusCode(200)
        .header("ETag", "\"5\"")
        .body("contractId", equalTo(contractId))
        .body("version", equalTo(5));
    rejected(deliver(contractId, "d-3", site, 1), "contract-terminated");
    rejected(
        Requests.post(path + "/amendments", AMEND_GPU_COUNT.formatted(200_000)),
        "contract-terminated");
    rejected(Requests.post(path + "/termination", TERMINATION), "contract-terminated");

    given()
        .get(path)
        .then()
        .statusCode(200)
        .header("ETag", "\"5\"")
        .body("status", equalTo("TERMINATED"))
        .body("terminatedOn", equalTo("2026-03-01"))
        .body("terms.gpuCount", equalTo(150_000))
        .body("terms.committedMw", equalTo(4500.0f))
        .body("gpusDelivered", equalTo(128_000))
        .body("gpusDeliveredBySite.'" + site + "'", equalTo(128_000));

    var mine = Requests.published(bootstrapServers, contractId, 5);
    var types =
        new EventType[] {
          EventType.CONTRACT_SIGNED,
          EventType.GPUS_DELIVERED,
          EventType.CONTRACT_AMENDED,
          EventType.GPUS_DELIVERED,
          EventType.CONTRACT_TERMINATED
        };
    for (int i = 0; i < types.length; i++) {
      var record = mine.get(i);
      assertThat(record.header("ce_type")).isEqualTo(types[i].ceType());
      assertThat(record.header("ce_sequence")).isEqualTo(Integer.toString(i + 1));
      assertThat(record.header("ce_subject")).isEqualTo(contractId);
      assertThat(EventSchemas.violations(types[i], record.value())).isEmpty();
      assertThat(record.partition()).isEqualTo(mine.get(0).partition());
    }
    var amended = new ObjectMapper().readTree(mine.get(2).value());
    assertThat(amended.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "contractId", "gpuCount", "reason", "occurredOn", "source", "confidence");
    assertThat(amended.get("gpuCount").asInt()).isEqualTo(150_000);
  }

  @Test
  void deliveriesGoOnlyToKnownSitesThatAreNotCancelled() {
    try (var sites = new SiteEvents(bootstrapServers)) {
      String known = sites.announce();
      String later = "site-" + UUID.randomUUID();
      String cancelled = sites.announce();
      String contractId = sign(known, later, cancelled);

      rejected(deliver(contractId, "to-later", later, 10), "site-unknown");
      sites.send(UUID.randomUUID().toString(), 1, SiteEvents.announced(later));
      SiteEvents.awaitSite(later, SiteStatus.ANNOUNCED);
      deliver(contractId, "to-later", later, 10).statusCode(201);

      sites.send(UUID.randomUUID().toString(), 2, SiteEvents.cancelled(cancelled));
      SiteEvents.awaitSite(cancelled, SiteStatus.CANCELLED);
      rejected(deliver(contractId, "to-cancelled", cancelled, 10), "site-cancelled");
      deliver(contractId, "to-known", known, 10).statusCode(201).body("version", equalTo(3));
    }
  }
}
