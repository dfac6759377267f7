package io.gigawatt.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.devstack.EmbeddedInfrastructure;
import io.gigawatt.devstack.EmbeddedSettings;
import io.gigawatt.devstack.HealthProbe;
import io.gigawatt.devstack.Pids;
import io.gigawatt.devstack.ProcessLauncher;
import io.gigawatt.devstack.Services;
import io.gigawatt.devstack.StackPorts;
import io.gigawatt.events.CloudEventRecords;
import io.gigawatt.events.Confidence;
import io.gigawatt.events.Location;
import io.gigawatt.events.Organization;
import io.gigawatt.events.PlannedPower;
import io.gigawatt.events.SiteAnnounced;
import io.gigawatt.events.SitePhaseEnergized;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The view's memory does not grow with the ledger: the packaged capacity-service, with a heap that
 * cannot hold the ledger's facts (128 MB, and it exits on OutOfMemoryError), applies 80,000 sites
 * and answers reads meanwhile and after. Reading every fact per query, as the view once did, ran
 * out of a 256 MB heap at 150,000 sites.
 */
class ViewMemoryIT {
  private static final int SITES = 80_000;
  private static final String[] COUNTRIES = {"US", "CN", "DE", "FR", "JP", "IN", "AE", "BR"};

  @Test
  void aSmallHeapCarriesALargeLedgerAndAnswersReads() throws Exception {
    Path dir = Files.createTempDirectory("gigawatt-view-memory-");
    try (var infrastructure =
        EmbeddedInfrastructure.start(EmbeddedSettings.temporary(dir, List.of("capacity")))) {
      var ports =
          new StackPorts(
                  0,
                  0,
                  0,
                  0,
                  infrastructure.settings().kafkaPort(),
                  0,
                  infrastructure.settings().postgresPort())
              .resolved();
      var spec = Services.spec(ports, Services.CAPACITY);
      Path jar =
          RepoFiles.locate().root().resolve("capacity-service/target/quarkus-app/quarkus-run.jar");
      Path log =
          Files.createDirectories(Path.of("target")).resolve("view-memory-capacity-service.log");
      Files.deleteIfExists(log);
      Process service =
          ProcessLauncher.launch(
              List.of(
                  ProcessLauncher.javaExecutable(),
                  "-Xmx128m",
                  "-XX:+ExitOnOutOfMemoryError",
                  "-jar",
                  jar.toString()),
              spec.environment(),
              log,
              false);
      try {
        var api = new Api("http://127.0.0.1:" + spec.port() + "/api/v1");
        Await.until(
            "capacity-service ready",
            Duration.ofMinutes(2),
            () -> HealthProbe.readiness("http://127.0.0.1:" + spec.port()),
            status -> status == 200);
        produce(infrastructure.kafkaBootstrapServers());
        Await.until(
            "every site in the view, reading all along",
            Duration.ofMinutes(4),
            () -> {
              assertThat(api.get("/capacity/regions", 200).at("/regions").size()).isPositive();
              return api.get("/capacity/regions/WORLD", 200).at("/sites/operational").asInt();
            },
            operational -> operational == SITES);
        var world = api.get("/capacity/regions/WORLD", 200);
        assertThat(world.at("/powerMw/energized").asDouble()).isEqualTo(SITES * 10.0);
        assertThat(service.isAlive()).as("capacity-service alive").isTrue();
        assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
      } finally {
        Pids.stop(service.pid(), Duration.ofSeconds(10));
      }
    }
  }

  private static void produce(String bootstrapServers) {
    var day = LocalDate.of(2025, 1, 1);
    try (var producer =
        new KafkaProducer<>(
            Map.<String, Object>of("bootstrap.servers", bootstrapServers, "linger.ms", 20),
            new StringSerializer(),
            new StringSerializer())) {
      for (int i = 0; i < SITES; i++) {
        String siteId = UUID.randomUUID().toString();
        String country = COUNTRIES[i % COUNTRIES.length];
        var owner = new Organization("Owner " + i, country);
        var announced =
            new SiteAnnounced(
                siteId,
                "Site " + i,
                null,
                owner,
                owner,
                new Location(country, null, null),
                new PlannedPower(100, null),
                null,
                day,
                "https://example.org",
                Confidence.REPORTED);
        var energized =
            new SitePhaseEnergized(
                siteId, 10, "one", day, "https://example.org", Confidence.REPORTED);
        producer.send(
            CloudEventRecords.of(announced, UUID.randomUUID().toString(), 1, OffsetDateTime.now()));
        producer.send(
            CloudEventRecords.of(energized, UUID.randomUUID().toString(), 2, OffsetDateTime.now()));
      }
    }
  }
}
