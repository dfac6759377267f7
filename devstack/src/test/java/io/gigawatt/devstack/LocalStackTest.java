package io.gigawatt.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local stack with real Kafka and PostgreSQL and {@link FakeService} jars as the services. */
class LocalStackTest {
  private final Path root = Path.of("target/local-stack-test").toAbsolutePath();
  private final Path repo = root.resolve("repo");
  private final Path home = root.resolve("home");

  @BeforeEach
  void fakeRepository() throws Exception {
    EmbeddedProcesses.deleteRecursively(root);
    FakeRepo.create(repo);
  }

  @AfterEach
  void stopEverything() {
    LocalStack.stop(home);
  }

  @Test
  void startsSeedsOnceStopsAndKeepsItsData() throws Exception {
    RunningStack first = LocalStack.start(LocalStackConfig.forTests(repo, home, true));
    System.out.printf("Local stack (fake services) up in %d ms%n", first.startup().toMillis());

    assertThat(first.seededNow()).isTrue();
    assertThat(get(first.gatewayUrl() + "/fake/requests").lines()).hasSize(11);
    assertThat(LocalStack.status(home))
        .hasSize(8)
        .filteredOn(s -> !s.name().equals("supervisor"))
        .allMatch(ProcessStatus::alive)
        .allMatch(s -> s.health().equals("UP") || s.health().equals("accepting connections"));
    assertThatThrownBy(() -> LocalStack.start(LocalStackConfig.forTests(repo, home, true)))
        .hasMessageContaining("already running");
    KeptRow.write(first);

    List<String> stopped = LocalStack.stop(home);
    assertThat(stopped).hasSizeGreaterThanOrEqualTo(6).noneMatch(line -> line.contains("killed"));
    assertThat(LocalStack.status(home)).noneMatch(ProcessStatus::alive);
    assertThat(home.resolve("run/gateway.pid")).doesNotExist();

    RunningStack second = LocalStack.start(LocalStackConfig.forTests(repo, home, true));
    assertThat(second.seededNow()).isFalse();
    assertThat(get(second.gatewayUrl() + "/fake/requests")).isEmpty();
    KeptRow.assertKept(second);
    assertThat(Files.readString(home.resolve("logs/kafka.log")))
        .as("Kafka storage formatted once, reused on restart")
        .containsOnlyOnce("Formatting metadata directory");
    second.stop();
  }

  @Test
  void aSeedingFailureIsReportedAndLeavesTheStackRunning() throws Exception {
    Path failWrites = FakeRepo.jar(repo, Services.GATEWAY).resolveSibling("fail-writes");
    Files.writeString(failWrites, "");
    LocalStackConfig config = LocalStackConfig.forTests(repo, home, true);

    assertThatThrownBy(() -> LocalStack.start(config))
        .isInstanceOf(SeedingFailedException.class)
        .hasMessageContaining("step 1/11 POST /api/v1/sites")
        .hasMessageContaining("answered HTTP 400")
        .hasMessageContaining("fail-writes is set");
    assertThat(LocalStack.status(home))
        .filteredOn(s -> !s.name().equals("supervisor"))
        .allMatch(ProcessStatus::alive);

    Files.delete(failWrites);
    RunningStack again = LocalStack.up(config);
    assertThat(again.started()).as("started by the second up").isEmpty();
    assertThat(again.seededNow()).isTrue();
  }

  @Test
  void aMissingJarIsReportedBeforeAnythingStarts() throws Exception {
    Files.delete(repo.resolve("gateway/target/quarkus-app/quarkus-run.jar"));
    assertThatThrownBy(() -> LocalStack.start(LocalStackConfig.forTests(repo, home, false)))
        .hasMessageContaining("gateway/target/quarkus-app/quarkus-run.jar")
        .hasMessageContaining("mvn");
    assertThat(home.resolve("run/kafka.pid")).doesNotExist();
  }

  private static String get(String url) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    return response.body();
  }
}
