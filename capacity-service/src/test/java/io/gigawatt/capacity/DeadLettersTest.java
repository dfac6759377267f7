package io.gigawatt.capacity;

import static io.gigawatt.capacity.KafkaRecords.newId;
import static io.gigawatt.capacity.KafkaRecords.raw;
import static io.gigawatt.capacity.TestEvents.site;
import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.events.EventJson;
import io.gigawatt.events.EventType;
import io.gigawatt.events.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Records the projection cannot apply are listed with why and whence, and can be replayed. */
@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "capacity"))
class DeadLettersTest {
  static final String DEAD_LETTERS = "/api/v1/admin/dead-letters";

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Inject AgroalDataSource dataSource;

  @Test
  void aPoisonRecordIsListedWithItsReasonAndOriginAndStaysPoisonOnReplay() throws Exception {
    String marker = "{\"poison\": \"" + newId() + "\"}";
    try (var producer = KafkaRecords.producer(bootstrapServers)) {
      KafkaRecords.send(
          producer,
          raw(Topics.SITE_EVENTS, newId(), EventType.SITE_CANCELLED.ceType(), "x", marker, 2));
    }

    Map<String, Object> letter = awaitLetter(marker);
    assertThat(letter.get("topic")).isEqualTo(Topics.SITE_EVENTS);
    assertThat((String) letter.get("reason")).contains("siteId");

    post(DEAD_LETTERS + "/" + letter.get("id") + "/replay")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("siteId"));
  }

  @Test
  void aRecordThatReadsNowIsAppliedOnceByItsReplay() throws Exception {
    String siteId = newId();
    String data = EventJson.write(site(siteId, "MN", 12));
    long id = storeLetter(siteId, data);

    post(DEAD_LETTERS + "/" + id + "/replay").then().statusCode(200).body("applied", equalTo(true));
    post(DEAD_LETTERS + "/" + id + "/replay")
        .then()
        .statusCode(200)
        .body("applied", equalTo(false));
    // Like every dead letter's, its record is on the topic: the live projection sees a duplicate,
    // a rebuild applies it.
    try (var producer = KafkaRecords.producer(bootstrapServers)) {
      KafkaRecords.send(producer, KafkaRecords.of(newId(), site(siteId, "MN", 12), 1));
    }

    get("/api/v1/capacity/regions/MN")
        .then()
        .statusCode(200)
        .body("sites.announced", equalTo(1))
        .body("powerMw.planned", equalTo(12.0f));
    assertThat(awaitLetter(data).get("replayedAt")).isNotNull();
  }

  @Test
  void anAbsurdNumberNeverReachesTheViewAndReadsKeepWorking() throws Exception {
    String siteId = newId();
    String absurd =
        EventJson.write(site(siteId, "GL", 10))
            .replace("\"facilityMw\":10.0", "\"facilityMw\":1e308");
    try (var producer = KafkaRecords.producer(bootstrapServers)) {
      for (int i = 0; i < 2; i++) {
        KafkaRecords.send(
            producer,
            raw(Topics.SITE_EVENTS, newId(), EventType.SITE_ANNOUNCED.ceType(), siteId, absurd, 1));
      }
    }

    assertThat((String) awaitLetter(absurd).get("reason")).contains("facilityMw");
    get("/api/v1/capacity/regions").then().statusCode(200);
    get("/api/v1/capacity/regions/GL").then().statusCode(200).body("sites.announced", equalTo(0));
  }

  @Test
  void anUnknownDeadLetterIsNotFound() {
    post(DEAD_LETTERS + "/987654321/replay").then().statusCode(404);
    get(DEAD_LETTERS + "?limit=0").then().statusCode(400).body("errors[0].field", equalTo("limit"));
  }

  /** A dead letter as an older version of the service might have stored it. */
  private long storeLetter(String siteId, String data) throws Exception {
    String headers =
        "{\"ce_specversion\": \"1.0\", \"ce_id\": \""
            + newId()
            + "\", \"ce_type\": \""
            + EventType.SITE_ANNOUNCED.ceType()
            + "\", \"ce_subject\": \""
            + siteId
            + "\", \"ce_sequence\": \"1\", \"ce_time\": \"2025-09-23T10:15:30Z\"}";
    try (var connection = dataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "insert into dead_letter (topic, partition, record_offset, record_key, headers,"
                    + " payload, reason) values (?, 0, ?, ?, ?::jsonb, ?, 'rejected before a fix')"
                    + " returning id")) {
      statement.setString(1, Topics.SITE_EVENTS);
      statement.setLong(2, -System.nanoTime());
      statement.setString(3, siteId);
      statement.setString(4, headers);
      statement.setString(5, data);
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private Map<String, Object> awaitLetter(String payload) throws Exception {
    Object[] found = new Object[1];
    Eventually.within(
        Duration.ofSeconds(30),
        () -> {
          List<Map<String, Object>> letters =
              JsonPath.from(get(DEAD_LETTERS).then().statusCode(200).extract().asString())
                  .getList("");
          found[0] =
              letters.stream()
                  .filter(l -> payload.equals(((Map<?, ?>) l.get("letter")).get("payload")))
                  .findFirst()
                  .orElseThrow(() -> new AssertionError("no dead letter yet"));
        });
    @SuppressWarnings("unchecked")
    Map<String, Object> stored = (Map<String, Object>) found[0];
    @SuppressWarnings("unchecked")
    Map<String, Object> letter = (Map<String, Object>) stored.get("letter");
    var flat = new java.util.HashMap<>(letter);
    flat.put("id", stored.get("id"));
    flat.put("replayedAt", stored.get("replayedAt"));
    return flat;
  }
}
