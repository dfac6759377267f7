package io.gigawatt.capacity;

import static io.gigawatt.capacity.KafkaRecords.newId;
import static io.gigawatt.capacity.KafkaRecords.of;
import static io.gigawatt.capacity.TestEvents.site;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.events.RegionSnapshots;
import io.gigawatt.events.Topics;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The live stream (SSE, resumable) and the compacted topic of region snapshots. */
@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "capacity"))
class LiveStreamTest {
  static final Duration WAIT = Duration.ofSeconds(30);
  static final ObjectMapper JSON = new ObjectMapper();

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @TestHTTPResource("/api/v1/capacity/stream")
  URI stream;

  @Test
  void eachChangedRegionIsAnEventAndAReconnectWithLastEventIdResumesWithoutLoss() throws Exception {
    String lastId;
    try (var client = new SseClient(stream, null)) {
      assertThat(client.statusCode()).isEqualTo(200);
      Thread.sleep(300);
      send(site(newId(), "KE", 40));
      var events = client.awaitEvent(WAIT, e -> data(e).path("code").asText().equals("KE"));
      var kenya = events.get(events.size() - 1);
      assertThat(kenya.name()).isEqualTo("region");
      assertThat(data(kenya).path("sites").path("announced").asInt()).isEqualTo(1);
      lastId = kenya.id();
    }

    send(site(newId(), "KE", 60));

    try (var client = new SseClient(stream, lastId)) {
      var events = client.awaitEvent(WAIT, e -> data(e).path("code").asText().equals("KE"));
      var kenya = data(events.get(events.size() - 1));
      assertThat(kenya.path("sites").path("announced").asInt()).isEqualTo(2);
      assertThat(kenya.path("powerMw").path("planned").asDouble()).isEqualTo(100.0);
    }
  }

  @Test
  void aChangeInAMemberCountryIsAlsoAnEventOfItsBlocs() throws Exception {
    try (var client = new SseClient(stream, null)) {
      assertThat(client.statusCode()).isEqualTo(200);
      Thread.sleep(300);
      send(site(newId(), "EE", 30));
      var events = client.awaitEvent(WAIT, e -> data(e).path("code").asText().equals("EU"));
      var eu = data(events.get(events.size() - 1));
      assertThat(eu.path("level").asText()).isEqualTo("bloc");
      assertThat(eu.path("name").asText()).isEqualTo("European Union");
      assertThat(eu.path("powerMw").path("planned").asDouble()).isGreaterThanOrEqualTo(30.0);
      assertThat(eu.has("sovereignty")).isTrue();
    }
  }

  @Test
  void manyChangesOfOneRegionAreCoalesced() throws Exception {
    try (var client = new SseClient(stream, null)) {
      assertThat(client.statusCode()).isEqualTo(200);
      Thread.sleep(300);
      try (var producer = KafkaRecords.producer(bootstrapServers)) {
        for (int i = 0; i < 200; i++) {
          producer.send(of(newId(), site(newId(), "UG", 1), 1));
        }
      }
      var events =
          client.awaitEvent(
              WAIT,
              e ->
                  data(e).path("code").asText().equals("UG")
                      && data(e).path("sites").path("announced").asInt() == 200);
      long uganda = events.stream().filter(e -> data(e).path("code").asText().equals("UG")).count();
      assertThat(uganda).isLessThan(200);
    }
  }

  @Test
  void everyChangeIsPublishedAsASnapshotOnTheCompactedRegionsTopic() throws Exception {
    send(site(newId(), "TZ", 25));

    Map<String, String> latest = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    try (var consumer = consumer()) {
      consumer.subscribe(List.of(Topics.CAPACITY_REGIONS));
      Eventually.within(
          WAIT,
          () -> {
            for (var record : consumer.poll(Duration.ofMillis(200))) {
              latest.put(record.key(), record.value());
              var type = record.headers().lastHeader("ce_type");
              types.put(record.key(), new String(type.value(), StandardCharsets.UTF_8));
            }
            assertThat(latest).containsKey("TZ");
          });
    }
    assertThat(JSON.readTree(latest.get("TZ")).path("powerMw").path("planned").asDouble())
        .isEqualTo(25.0);
    assertThat(types.get("TZ")).isEqualTo(RegionSnapshots.CE_TYPE);
    var schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(getClass().getResourceAsStream(RegionSnapshots.SCHEMA_RESOURCE));
    for (String snapshot : latest.values()) {
      assertThat(schema.validate(JSON.readTree(snapshot))).isEmpty();
    }
    try (var admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
      var topic = new ConfigResource(ConfigResource.Type.TOPIC, Topics.CAPACITY_REGIONS);
      var config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
      assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
    }
  }

  private void send(io.gigawatt.events.DomainEvent event) throws Exception {
    try (var producer = KafkaRecords.producer(bootstrapServers)) {
      KafkaRecords.send(producer, of(newId(), event, 1));
    }
  }

  private KafkaConsumer<String, String> consumer() {
    var props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + newId());
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
  }

  private static JsonNode data(SseClient.Event event) {
    try {
      return JSON.readTree(event.data());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
