package io.gigawatt.support.messaging;

import io.gigawatt.events.EventJson;
import io.gigawatt.events.MalformedEventException;
import io.gigawatt.events.UnknownEventTypeException;
import java.time.OffsetDateTime;

/**
 * The CloudEvents attributes of a record, as read from a Kafka record's {@code ce_} headers by any
 * client library, and how they and the data become a {@link RecordedEvent}.
 *
 * @param sequence the {@code ce_sequence} extension as it came, not parsed yet
 */
public record CloudEventAttributes(
    String id, String type, String subject, String sequence, OffsetDateTime time) {

  /**
   * @throws PoisonEventException when the record can never be applied
   */
  public RecordedEvent read(String data) {
    if (id == null || type == null) {
      throw new PoisonEventException("CloudEvent without ce_id or ce_type");
    }
    if (data == null) {
      throw new PoisonEventException(type + " " + id + " has no data");
    }
    long parsedSequence = parsedSequence();
    try {
      return new RecordedEvent(
          id, type, subject, parsedSequence, time, EventJson.readValidated(type, data));
    } catch (MalformedEventException | UnknownEventTypeException e) {
      throw new PoisonEventException(e.getMessage(), e);
    }
  }

  /** The aggregate version: without it, an event cannot be ordered among its aggregate's. */
  private long parsedSequence() {
    if (sequence == null) {
      throw new PoisonEventException(type + " " + id + " has no ce_sequence");
    }
    long parsed;
    try {
      parsed = Long.parseLong(sequence);
    } catch (NumberFormatException e) {
      throw new PoisonEventException("ce_sequence is not a number: " + sequence, e);
    }
    if (parsed < 1) {
      throw new PoisonEventException("ce_sequence is not positive: " + sequence);
    }
    return parsed;
  }
}
