package io.gigawatt.capacity;

import io.gigawatt.events.DomainEvent;
import io.gigawatt.events.EventJson;
import io.gigawatt.events.EventType;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

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

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
