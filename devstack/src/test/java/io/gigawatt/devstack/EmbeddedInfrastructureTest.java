package io.gigawatt.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedInfrastructureTest {
  private static EmbeddedInfrastructure infrastructure;

  @BeforeAll
  static void start() {
    infrastructure =
        EmbeddedInfrastructure.start(EmbeddedSettings.temporary(List.of("gigawatt", "sites")));
    System.out.println("Started " + infrastructure.describe());
  }

  @AfterAll
  static void stop() {
    List<Long> pids =
        List.of(
            infrastructure.kafka().pid(),
            infrastructure.postgres().pid(),
            infrastructure.postmasterPid());
    infrastructure.close();
    assertThat(pids).noneMatch(Pids::isRunning);
    assertThat(infrastructure.settings().root()).doesNotExist();
  }

  @Test
  void aRecordGoesThroughTheBroker() {
    String topic = "devstack-test-" + UUID.randomUUID();
    Map<String, Object> producerConfig =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            infrastructure.kafkaBootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class);
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
      producer.send(new ProducerRecord<>(topic, "site-1", "{\"name\":\"Abilene\"}")).get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    Map<String, Object> consumerConfig =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            infrastructure.kafkaBootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "devstack-test",
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest",
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class);
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      ConsumerRecord<String, String> received = null;
      while (received == null && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          received = record;
        }
      }
      assertThat(received).isNotNull();
      assertThat(received.key()).isEqualTo("site-1");
      assertThat(received.value()).isEqualTo("{\"name\":\"Abilene\"}");
    }
  }

  @Test
  void aTableInANonDefaultDatabaseReadsBack() throws Exception {
    String url = infrastructure.jdbcUrl("sites");
    assertThat(url).endsWith("/sites");
    try (Connection connection =
            DriverManager.getConnection(url, infrastructure.username(), infrastructure.password());
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE site (id text PRIMARY KEY, mw integer NOT NULL)");
      statement.execute("INSERT INTO site VALUES ('abilene', 1200)");
      try (ResultSet rs = statement.executeQuery("SELECT id, mw, current_database() FROM site")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("abilene");
        assertThat(rs.getInt(2)).isEqualTo(1200);
        assertThat(rs.getString(3)).isEqualTo("sites");
      }
    }
  }

  @Test
  void describesWhatRuns() {
    assertThat(infrastructure.describe())
        .contains("embedded Kafka 4.1.2", "embedded PostgreSQL 17.6", "[gigawatt, sites]");
  }
}
