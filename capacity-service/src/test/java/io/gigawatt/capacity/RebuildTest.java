package io.gigawatt.capacity;

import static io.gigawatt.capacity.KafkaRecords.newId;
import static io.gigawatt.capacity.KafkaRecords.of;
import static io.gigawatt.capacity.TestEvents.contract;
import static io.gigawatt.capacity.TestEvents.delivery;
import static io.gigawatt.capacity.TestEvents.party;
import static io.gigawatt.capacity.TestEvents.site;
import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.events.PartyRole;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A rebuild replays every topic into a new generation while the old one serves: readers never see
 * an error or a half-built answer, switch once it has caught up, and get the same figures.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "capacity"))
class RebuildTest {
  static final String ADMIN = "/api/v1/admin/projections/capacity";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Inject AgroalDataSource dataSource;

  @Test
  void readersSeeTheSameFiguresBeforeDuringAndAfterARebuild() throws Exception {
    String contractId = newId();
    List<ProducerRecord<String, String>> ledger = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String siteId = "cl-" + i + "-" + contractId;
      ledger.add(of(newId(), site(siteId, "CL", "CL-RM", 10 + i), 1));
      if (i < 20) {
        ledger.add(
            of(newId(), delivery(contractId, newId(), siteId, "nvidia-h100", 100 + i), i + 2));
      }
    }
    ledger.add(
        of(
            newId(),
            contract(
                contractId,
                9_999L,
                99,
                List.of("cl-0-" + contractId),
                party("Codelco", "CL", PartyRole.BUYER)),
            1));
    try (var producer = KafkaRecords.producer(bootstrapServers)) {
      ledger.forEach(producer::send);
    }
    Eventually.within(
        Duration.ofSeconds(60),
        () -> assertThat(chile()).contains("\"announced\":300").contains("\"count\":1"));
    String countriesBefore = quiet();
    String before = chile();
    String subdivisionsBefore =
        get("/api/v1/capacity/regions?level=subdivision").then().extract().asString();
    int generationBefore = ActiveView.generation(dataSource);

    List<String> wrong = new CopyOnWriteArrayList<>();
    AtomicBoolean reading = new AtomicBoolean(true);
    Thread reader =
        new Thread(
            () -> {
              while (reading.get()) {
                var response = get("/api/v1/capacity/regions/CL");
                if (response.statusCode() != 200 || !response.asString().equals(before)) {
                  wrong.add(response.statusCode() + " " + response.asString());
                }
              }
            });
    reader.start();

    post(ADMIN + "/rebuild").then().statusCode(202);
    Eventually.within(
        Duration.ofSeconds(60),
        () -> assertThat(ActiveView.generation(dataSource)).isGreaterThan(generationBefore));
    Thread.sleep(500);
    reading.set(false);
    reader.join();

    assertThat(wrong).isEmpty();
    assertThat(get("/api/v1/capacity/regions").then().extract().asString())
        .isEqualTo(countriesBefore);
    assertThat(get("/api/v1/capacity/regions?level=subdivision").then().extract().asString())
        .isEqualTo(subdivisionsBefore);
    Eventually.within(
        Duration.ofSeconds(30),
        () -> assertThat(schemas()).doesNotContain("view_" + generationBefore));
  }

  @Test
  void theStatusShowsTheGenerationsAndTheirProgress() {
    get(ADMIN)
        .then()
        .statusCode(200)
        .body("activeGeneration", org.hamcrest.Matchers.notNullValue())
        .body("progress[0].eventsApplied", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
  }

  /** Waits until no event is in flight: the figures stay the same for a while. */
  private static String quiet() throws Exception {
    String[] last = {""};
    Eventually.within(
        Duration.ofSeconds(30),
        () -> {
          String now = get("/api/v1/capacity/regions").then().extract().asString();
          boolean same = now.equals(last[0]);
          last[0] = now;
          Thread.sleep(700);
          assertThat(same).isTrue();
        });
    return last[0];
  }

  private static String chile() {
    return get("/api/v1/capacity/regions/CL").then().statusCode(200).extract().asString();
  }

  private List<String> schemas() throws Exception {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "select schema_name from information_schema.schemata"
                    + " where schema_name like 'view_%'")) {
      List<String> names = new ArrayList<>();
      while (rows.next()) {
        names.add(rows.getString(1));
      }
      return names;
    }
  }
}
