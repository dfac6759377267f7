package io.gigawatt.support.messaging;

import io.gigawatt.events.CloudEventExtensions;
import io.gigawatt.events.EventJson;
import io.gigawatt.events.MalformedEventException;
import io.gigawatt.events.UnknownEventTypeException;
import io.smallrye.reactive.messaging.ce.CloudEventMetadata;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Reads a Kafka record in CloudEvents binary mode into a {@link RecordedEvent}. */
public final class CloudEventReader {
  private CloudEventReader() {}

  /**
   * @throws PoisonEventException when the record can never be applied
   */
  public static RecordedEvent read(Message<String> message) {
    CloudEventMetadata<?> ce =
        message
            .getMetadata(IncomingCloudEventMetadata.class)
            .orElseThrow(() -> new PoisonEventException("not a CloudEvent: no ce_specversion"));
    if (ce.getId() == null || ce.getType() == null) {
      throw new PoisonEventException("CloudEvent without ce_id or ce_type");
    }
    String data = message.getPayload();
    if (data == null) {
      throw new PoisonEventException(ce.getType() + " " + ce.getId() + " has no data");
    }
    try {
      return new RecordedEvent(
          ce.getId(),
          ce.getType(),
          ce.getSubject().orElse(null),
          sequence(ce),
          ce.getTimeStamp().map(ZonedDateTime::toOffsetDateTime).orElse(null),
          EventJson.readValidated(ce.getType(), data));
    } catch (MalformedEventException | UnknownEventTypeException e) {
      throw new PoisonEventException(e.getMessage(), e);
    }
  }

  /** The aggregate version: without it, an event cannot be ordered among its aggregate's. */
  private static long sequence(CloudEventMetadata<?> ce) {
    String raw =
        ce.getExtension(CloudEventExtensions.SEQUENCE)
            .map(Object::toString)
            .orElseThrow(
                () ->
                    new PoisonEventException(
                        ce.getType() + " " + ce.getId() + " has no ce_sequence"));
    long sequence;
    try {
      sequence = Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw new PoisonEventException("ce_sequence is not a number: " + raw, e);
    }
    if (sequence < 1) {
      throw new PoisonEventException("ce_sequence is not positive: " + raw);
    }
    return sequence;
  }
}
