package io.gigawatt.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SeederTest {
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
}
