package io.gigawatt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gigawatt.devstack.RunningStack;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end over the packaged services as processes: two sites in two countries, a contract on one
 * of them, a GPU delivery to it, all through the gateway; then both countries' exact figures.
 */
class CapacityFlowIT {
  private static final String ACTOR = "flow-it-writer";
  private static RunningStack stack;
  private static Api api;

  @BeforeAll
  static void startStack() throws Exception {
    stack = TestStacks.start("flow-it");
    api = new Api(stack.apiUrl(), TestStacks.issueKey(stack, "writer", ACTOR));
  }

  @AfterAll
  static void stopStack() {
    TestStacks.stop(stack);
  }

  @Test
  void sitesContractsAndDeliveriesAddUpInEachCountrysView() throws Exception {
    String texas =
        api.post("/sites", Bodies.site("Stargate Shackelford County", "US", "US-TX", 1400), 201)
            .get("siteId")
            .asText();
    api.post("/sites", Bodies.site("Stargate UAE", "AE", "AE-AZ", 1000), 201);
    var signed = api.post("/contracts", Bodies.contract(texas), 201);
    assertThat(signed.get("version").asInt()).isEqualTo(1);
    var contractId = signed.get("contractId").asText();
    // contract-service learns the site from the site topic: a delivery may come too early
    var delivered =
        api.postUntil(
            "/contracts/" + contractId + "/deliveries", Bodies.delivery(texas, 64_000), 201);
    assertThat(delivered.get("version").asInt()).isEqualTo(2);

    JsonNode us = awaitRegion("US", region -> region.at("/gpus/delivered").asLong() == 64_000);
    assertThat(us.at("/name").asText()).isEqualTo("United States");
    assertThat(us.at("/sites/announced").asInt()).isEqualTo(1);
    assertThat(us.at("/powerMw/planned").asDouble()).isEqualTo(1400.0);
    assertThat(us.at("/contracts/count").asInt()).isEqualTo(1);
    assertThat(us.at("/contracts/valueUsd").asLong()).isEqualTo(300_000_000_000L);
    assertThat(us.at("/contracts/committedMw").asDouble()).isEqualTo(4500.0);
    assertThat(us.at("/gpus/h100e").asDouble()).isEqualTo(161_697.8);
    assertThat(us.at("/gpus/bf16Pflops").asDouble()).isEqualTo(160_000.0);
    assertThat(us.at("/gpus/powerMw").asDouble()).isEqualTo(76.8);
    assertThat(us.at("/gpus/byModel/nvidia-gb200").asLong()).isEqualTo(64_000);
    assertThat(us.at("/worldShare/h100e").asDouble()).isEqualTo(1.0);

    JsonNode uae = awaitRegion("AE", region -> region.at("/sites/announced").asInt() == 1);
    assertThat(uae.at("/name").asText()).isEqualTo("United Arab Emirates");
    assertThat(uae.at("/powerMw/planned").asDouble()).isEqualTo(1000.0);
    assertThat(uae.at("/contracts/count").asInt()).isZero();
    assertThat(uae.at("/contracts/valueUsd").asLong()).isZero();
    assertThat(uae.at("/gpus/delivered").asLong()).isZero();
    assertThat(uae.at("/gpus/h100e").asDouble()).isZero();

    var trail = api.get("/contracts/" + contractId + "/events", 200);
    assertThat(trail)
        .extracting(e -> e.get("type").asText())
        .containsExactly(
            "io.gigawatt.contract.signed.v1", "io.gigawatt.contract.gpus-delivered.v1");
    assertThat(trail).extracting(e -> e.at("/metadata/actor").asText()).containsOnly(ACTOR);
    assertThat(
            api.get("/sites/" + texas + "/events", 200)
                .get(0)
                .at("/data/plannedPower/facilityMw")
                .asDouble())
        .isEqualTo(1400.0);

    var regions = api.get("/capacity/regions", 200);
    assertThat(regions.at("/regions/0/code").asText()).isEqualTo("US");
    assertThat(regions.at("/world/powerMw/planned").asDouble()).isEqualTo(2400.0);
  }

  @Test
  void commandsNeedAWriterKeyWhileReadsAreOpen() throws Exception {
    var refused = api.anonymous().post("/sites", Bodies.site("No key", "US", "US-TX", 10), 401);
    assertThat(refused.at("/type").asText()).endsWith("/unauthorized");
    api.anonymous().get("/capacity/regions", 200);
  }

  @Test
  void badInputThroughTheGatewayIsAProblemNamingTheField() throws Exception {
    var problem = api.post("/sites", Bodies.site("Nowhere", "QQ", null, 10), 400);
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("location.country");
    var unknownModel =
        api.post(
            "/contracts", Bodies.contract("any").replace("nvidia-gb200", "nvidia-rtx-9090"), 400);
    assertThat(unknownModel.at("/errors/0/field").asText()).isEqualTo("gpuModel");
  }

  /** Polls until the region satisfies {@code ready}; a slow or not yet ready answer is retried. */
  private static JsonNode awaitRegion(String code, java.util.function.Predicate<JsonNode> ready)
      throws Exception {
    var deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (true) {
      try {
        JsonNode region = api.get("/capacity/regions/" + code, 200);
        if (ready.test(region)) {
          return region;
        }
        assertThat(Instant.now())
            .as("region %s never got ready: %s", code, region)
            .isBefore(deadline);
      } catch (AssertionError notYet) {
        if (Instant.now().isAfter(deadline)) {
          throw notYet;
        }
      }
      Thread.sleep(250);
    }
  }
}
