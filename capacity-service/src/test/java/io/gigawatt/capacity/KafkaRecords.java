package io.gigawatt.capacity;

import io.gigawatt.events.CloudEventRecords;
import io.gigawatt.events.DomainEvent;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sending events to Kafka as the write services publish them. */
final class KafkaRecords {
  static final OffsetDateTime TIME = OffsetDateTime.parse("2025-09-23T10:15:30.123Z");

  private KafkaRecords() {}

  static String newId() {
    return UUID.randomUUID().toString();
  }

  static ProducerRecord<String, String> of(String ceId, DomainEvent event, long sequence) {
    return CloudEventRecords.of(event, ceId, sequence, TIME);
  }

  static ProducerRecord<String, String> raw(
      String topic, String ceId, String ceType, String key, String data, long sequence) {
    return CloudEventRecords.raw(
        topic, ceId, ceType, key, data, Long.toString(sequence), TIME.toString());
  }

  static KafkaProducer<String, String> producer(String bootstrapServers) {
    var props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }

  @SafeVarargs
  static void send(
      KafkaProducer<String, String> producer, ProducerRecord<String, String>... records)
      throws Exception {
    send(producer, List.of(records));
  }

  /** Sends the records one by one, in this order, each acknowledged before the next. */
  static void send(
      KafkaProducer<String, String> producer, List<ProducerRecord<String, String>> records)
      throws Exception {
    for (var record : records) {
      producer.send(record).get();
    }
  }
}
