package io.gigawatt.support.messaging;

import io.gigawatt.events.CloudEventExtensions;
import io.smallrye.reactive.messaging.ce.CloudEventMetadata;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Reads a SmallRye Kafka message in CloudEvents binary mode into a {@link RecordedEvent}. */
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
    return new CloudEventAttributes(
            ce.getId(),
            ce.getType(),
            ce.getSubject().orElse(null),
            ce.getExtension(CloudEventExtensions.SEQUENCE).map(Object::toString).orElse(null),
            ce.getTimeStamp().map(ZonedDateTime::toOffsetDateTime).orElse(null))
        .read(message.getPayload());
  }
}
