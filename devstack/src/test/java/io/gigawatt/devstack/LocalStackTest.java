package io.gigawatt.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
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
    Path testClasses =
        Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    for (String module :
        List.of("site-service", "contract-service", "capacity-service", "gateway")) {
      Path jar = repo.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
      Files.createDirectories(jar.getParent());
      Manifest manifest = new Manifest();
      manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
      manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClasses.toUri().toString());
      try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
        out.flush();
      }
    }
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
        .hasSize(7)
        .allMatch(ProcessStatus::alive)
        .allMatch(s -> s.health().equals("UP") || s.health().equals("accepting connections"));
    assertThatThrownBy(() -> LocalStack.start(LocalStackConfig.forTests(repo, home, true)))
        .hasMessageContaining("already running");
    try (Connection db =
            DriverManager.getConnection(first.jdbcUrl("capacity"), "postgres", "postgres");
        Statement sql = db.createStatement()) {
      sql.execute("CREATE TABLE kept (v text)");
      sql.execute("INSERT INTO kept VALUES ('survives')");
    }

    List<String> stopped = LocalStack.stop(home);
    assertThat(stopped).hasSizeGreaterThanOrEqualTo(6).noneMatch(line -> line.contains("killed"));
    assertThat(LocalStack.status(home)).noneMatch(ProcessStatus::alive);
    assertThat(home.resolve("run/gateway.pid")).doesNotExist();

    RunningStack second = LocalStack.start(LocalStackConfig.forTests(repo, home, true));
    assertThat(second.seededNow()).isFalse();
    assertThat(get(second.gatewayUrl() + "/fake/requests")).isEmpty();
    try (Connection db =
            DriverManager.getConnection(second.jdbcUrl("capacity"), "postgres", "postgres");
        Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery("SELECT v FROM kept")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("survives");
    }
    assertThat(Files.readString(home.resolve("logs/kafka.log")))
        .as("Kafka storage formatted once, reused on restart")
        .containsOnlyOnce("Formatting metadata directory");
    second.stop();
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
