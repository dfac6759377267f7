package io.gigawatt.capacity;

import io.gigawatt.events.DomainEvent;
import io.gigawatt.events.EventJson;
import io.gigawatt.events.EventType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Kafka records in CloudEvents 1.0 binary mode, as the write services publish them. */
final class CloudEventRecords {
  private CloudEventRecords() {}

  static String newId() {
    return UUID.randomUUID().toString();
  }

  static ProducerRecord<String, String> of(String ceId, DomainEvent event, long sequence) {
    EventType type = EventType.of(event);
    return raw(
        type.topic(), ceId, type.ceType(), event.aggregateId(), EventJson.write(event), sequence);
  }

  static ProducerRecord<String, String> raw(
      String topic, String ceId, String ceType, String key, String data, long sequence) {
    var record = new ProducerRecord<>(topic, key, data);
    header(record, "ce_specversion", "1.0");
    header(record, "ce_id", ceId);
    header(record, "ce_type", ceType);
    header(record, "ce_source", "/gigawatt/test");
    header(record, "ce_subject", key);
    header(record, "ce_time", "2025-09-23T10:15:30.123Z");
    header(record, "ce_sequence", Long.toString(sequence));
    header(record, "content-type", "application/json");
    return record;
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

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
