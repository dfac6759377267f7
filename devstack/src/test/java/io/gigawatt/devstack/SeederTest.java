package io.gigawatt.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeederTest {
  private static final String ONE_SITE =
      """
      {"id": "t", "steps": [
        {"ref": "a", "method": "POST", "path": "/api/v1/sites", "body": {"name": "ok"}}
      ]}
      """;

  private FakeService gateway;
  private String url;
  private final ByteArrayOutputStream output = new ByteArrayOutputStream();

  @BeforeEach
  void start() throws Exception {
    int port = FreePorts.one();
    gateway = FakeService.start(port);
    url = "http://127.0.0.1:" + port;
  }

  @AfterEach
  void stop() {
    gateway.stop();
  }

  @Test
  void replaysTheStargateDatasetWithResolvedRefs() throws Exception {
    Seeder seeder = new Seeder(url, "secret-key", new PrintStream(output, true));

    int steps = seeder.run(SeedMain.read(SeedMain.DEFAULT_DATASET));

    assertThat(steps).isEqualTo(11);
    assertThat(gateway.requests).hasSize(11).noneMatch(r -> r.contains("${"));
    assertThat(gateway.requests).allMatch(r -> r.endsWith("auth=Bearer secret-key"));
    String contract = gateway.requests.get(8);
    String abileneId = gateway.requests.get(0);
    assertThat(contract).startsWith("POST /api/v1/contracts ").contains("\"siteIds\":[\"");
    assertThat(gateway.requests.get(10))
        .matches("POST /api/v1/contracts/[0-9a-f-]{36}/deliveries .*");
    assertThat(abileneId).contains("Stargate Abilene");
    assertThat(output.toString()).contains("step 11/11 POST");
  }

  @Test
  void aFailingStepStopsSeedingAndTellsTheStepAndTheAnswer() throws Exception {
    String dataset =
        """
        {"id": "t", "steps": [
          {"ref": "a", "method": "POST", "path": "/api/v1/sites", "body": {"name": "ok"}},
          {"ref": "b", "method": "POST", "path": "/api/v1/sites", "body": {"name": "FAIL ${a}"}},
          {"ref": "c", "method": "POST", "path": "/api/v1/sites", "body": {"name": "never"}}
        ]}
        """;
    Seeder seeder = new Seeder(url, null, new PrintStream(output, true));

    assertThatThrownBy(() -> seeder.run(new ObjectMapper().readTree(dataset)))
        .isInstanceOf(Seeder.SeedFailure.class)
        .hasMessageContaining("step 2/3 POST /api/v1/sites (b) answered HTTP 400")
        .hasMessageContaining("FAIL is not allowed");
    assertThat(gateway.requests).hasSize(2);
    assertThat(gateway.requests.get(1)).doesNotContain("${a}").endsWith("auth=null");
  }

  @Test
  void answersOfAStackStillSettlingAreRetried() throws Exception {
    gateway.answerNext(
        2, 422, "{\"type\":\"https://gigawatt.io/problems/rule/site-unknown\",\"status\":422}");
    gateway.answerNext(1, 503, "{\"title\":\"Service unavailable\",\"status\":503}");
    Seeder seeder = new Seeder(url, null, new PrintStream(output, true));

    int steps = seeder.run(new ObjectMapper().readTree(ONE_SITE));

    assertThat(steps).isEqualTo(1);
    assertThat(gateway.requests).hasSize(4);
  }

  @Test
  void aStepStillUnsettledAfterTheRetryLimitIsReportedWithItsAnswer() {
    gateway.answerNext(1000, 503, "{\"detail\":\"site-service is unreachable\"}");
    Seeder seeder =
        new Seeder(url, null, new PrintStream(output, true)).retryingFor(Duration.ofMillis(800));

    assertThatThrownBy(() -> seeder.run(new ObjectMapper().readTree(ONE_SITE)))
        .isInstanceOf(Seeder.SeedFailure.class)
        .hasMessageContaining("step 1/1 POST /api/v1/sites (a) answered HTTP 503")
        .hasMessageContaining("site-service is unreachable")
        .hasMessageContaining("still so after retrying for PT0.8S");
    assertThat(gateway.requests).hasSizeBetween(3, 10);
  }

  @Test
  void anUnreachableGatewayIsRetriedThenReported() {
    gateway.stop();
    Seeder seeder =
        new Seeder(url, null, new PrintStream(output, true)).retryingFor(Duration.ofMillis(500));

    assertThatThrownBy(() -> seeder.run(new ObjectMapper().readTree(ONE_SITE)))
        .isInstanceOf(Seeder.SeedFailure.class)
        .hasMessageContaining("POST " + url + "/api/v1/sites failed after retrying for PT0.5S");
  }
}
