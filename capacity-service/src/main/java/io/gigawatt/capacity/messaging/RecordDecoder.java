package io.gigawatt.capacity.messaging;

import io.gigawatt.capacity.application.DeadLetter;
import io.gigawatt.support.messaging.CloudEventAttributes;
import io.gigawatt.support.messaging.PoisonEventException;
import io.gigawatt.support.messaging.RecordedEvent;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Reads a Kafka record in CloudEvents binary mode: a readable event, or a dead letter saying why
 * not (not a CloudEvent, unknown type, data that violates its schema or its bounds).
 */
final class RecordDecoder {
  private RecordDecoder() {}

  /** Either an event or a dead letter; exactly one is set. */
  record Decoded(RecordedEvent event, DeadLetter deadLetter) {}

  static Decoded decode(ConsumerRecord<String, String> record) {
    try {
      return new Decoded(attributes(record).read(record.value()), null);
    } catch (PoisonEventException e) {
      return new Decoded(null, deadLetter(record, e.getMessage()));
    }
  }

  /** Decodes a dead letter's stored record again, with the code running now. */
  static RecordedEvent redecode(DeadLetter letter) {
    var headers = letter.headers();
    if (!headers.containsKey("ce_specversion")) {
      throw new PoisonEventException("not a CloudEvent: no ce_specversion");
    }
    return new CloudEventAttributes(
            headers.get("ce_id"),
            headers.get("ce_type"),
            headers.get("ce_subject"),
            headers.get("ce_sequence"),
            time(headers.get("ce_time")))
        .read(letter.payload());
  }

  private static CloudEventAttributes attributes(ConsumerRecord<String, String> record) {
    if (record.headers().lastHeader("ce_specversion") == null) {
      throw new PoisonEventException("not a CloudEvent: no ce_specversion");
    }
    return new CloudEventAttributes(
        header(record, "ce_id"),
        header(record, "ce_type"),
        header(record, "ce_subject"),
        header(record, "ce_sequence"),
        time(header(record, "ce_time")));
  }

  private static OffsetDateTime time(String ceTime) {
    if (ceTime == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(ceTime);
    } catch (DateTimeParseException e) {
      throw new PoisonEventException("ce_time is not an RFC 3339 time: " + ceTime, e);
    }
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value() == null ? null : text(header.value());
  }

  private static DeadLetter deadLetter(ConsumerRecord<String, String> record, String reason) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Header header : record.headers()) {
      headers.put(text(header.key().getBytes(StandardCharsets.UTF_8)), text(header.value()));
    }
    return new DeadLetter(
        record.topic(),
        record.partition(),
        record.offset(),
        clean(record.key()),
        headers,
        clean(record.value()),
        clean(reason));
  }

  private static String text(byte[] bytes) {
    return bytes == null ? null : clean(new String(bytes, StandardCharsets.UTF_8));
  }

  /** PostgreSQL text and jsonb cannot hold NUL; a poison record may. */
  private static String clean(String text) {
    return text == null ? null : text.replace('\u0000', '\uFFFD');
  }
}
