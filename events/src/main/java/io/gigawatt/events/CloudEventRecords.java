package io.gigawatt.events;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Kafka records of events in CloudEvents 1.0 binary mode, as the write services publish them: key =
 * aggregate id, attributes as {@code ce_} headers, the JSON data as the value. For producers
 * outside the services (tests, benchmarks, importers of other ledgers).
 */
public final class CloudEventRecords {
  private CloudEventRecords() {}

  /** The record of an event at its aggregate {@code sequence}, recorded at {@code time}. */
  public static ProducerRecord<String, String> of(
      DomainEvent event, String ceId, long sequence, OffsetDateTime time) {
    EventType type = EventType.of(event);
    return raw(
        type.topic(),
        ceId,
        type.ceType(),
        event.aggregateId(),
        EventJson.write(event),
        Long.toString(sequence),
        time.toString());
  }

  /**
   * A record with the given attributes and data, whatever they are (also invalid ones, to test a
   * consumer); a null sequence is left out.
   */
  public static ProducerRecord<String, String> raw(
      String topic,
      String ceId,
      String ceType,
      String key,
      String data,
      String sequence,
      String time) {
    var record = new ProducerRecord<>(topic, key, data);
    header(record, "ce_specversion", "1.0");
    header(record, "ce_id", ceId);
    header(record, "ce_type", ceType);
    header(record, "ce_source", sourceOf(ceType));
    header(record, "ce_subject", key);
    header(record, "ce_time", time);
    header(record, "ce_" + CloudEventExtensions.SEQUENCE, sequence);
    header(record, "content-type", "application/json");
    return record;
  }

  private static String sourceOf(String ceType) {
    try {
      return EventType.ofCeType(ceType).ceSource();
    } catch (UnknownEventTypeException e) {
      return "/gigawatt/unknown";
    }
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    if (value != null) {
      record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
  }
}
