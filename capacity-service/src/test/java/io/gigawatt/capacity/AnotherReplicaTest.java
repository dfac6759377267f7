package io.gigawatt.capacity;

import static io.gigawatt.capacity.KafkaRecords.newId;
import static io.gigawatt.capacity.KafkaRecords.of;
import static io.gigawatt.capacity.TestEvents.site;
import static io.restassured.RestAssured.get;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.gigawatt.devstack.DevstackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Batches of another replica (here: the batch counter moved by someone else) make this replica read
 * region totals from the database again, not from what it remembers.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "capacity"))
class AnotherReplicaTest {
  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Inject AgroalDataSource dataSource;

  @Test
  void aRegionNotReadSinceAnotherReplicasBatchKeepsItsTotals() throws Exception {
    try (var producer = KafkaRecords.producer(bootstrapServers)) {
      KafkaRecords.send(producer, of(newId(), site(newId(), "SE", 5), 1));
      awaitSites("SE", 1);
      anotherReplicasBatch();
      KafkaRecords.send(producer, of(newId(), site(newId(), "FI", 1), 1));
      awaitSites("FI", 1);
      KafkaRecords.send(producer, of(newId(), site(newId(), "SE", 5), 1));
      awaitSites("SE", 2);
    }
    get("/api/v1/capacity/regions/SE").then().body("powerMw.planned", equalTo(10.0f));
  }

  private void anotherReplicasBatch() throws Exception {
    String schema = "view_" + ActiveView.generation(dataSource);
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.executeUpdate("update " + schema + ".clock set position = position + 1");
    }
  }

  private static void awaitSites(String country, int announced) throws Exception {
    Eventually.within(
        Duration.ofSeconds(30),
        () ->
            get("/api/v1/capacity/regions/" + country)
                .then()
                .statusCode(200)
                .body("sites.announced", equalTo(announced)));
  }
}
