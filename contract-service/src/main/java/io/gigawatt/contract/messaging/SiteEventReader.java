package io.gigawatt.contract.messaging;

import io.gigawatt.events.CloudEventExtensions;
import io.gigawatt.events.EventJson;
import io.gigawatt.events.EventType;
import io.gigawatt.events.MalformedEventException;
import io.gigawatt.events.SiteEvent;
import io.gigawatt.events.UnknownEventTypeException;
import io.smallrye.reactive.messaging.ce.CloudEventMetadata;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Reads a Kafka record in CloudEvents binary mode into a {@link ReceivedSiteEvent}. */
final class SiteEventReader {
  private SiteEventReader() {}

  /**
   * @throws PoisonEventException when the record can never be applied
   */
  static ReceivedSiteEvent read(Message<String> message) {
    CloudEventMetadata<?> ce =
        message
            .getMetadata(IncomingCloudEventMetadata.class)
            .orElseThrow(() -> new PoisonEventException("not a CloudEvent: no ce_specversion"));
    if (ce.getId() == null || ce.getType() == null) {
      throw new PoisonEventException("CloudEvent without ce_id or ce_type");
    }
    requireSiteEvent(ce.getType());
    String what = ce.getType() + " " + ce.getId();
    String data = message.getPayload();
    if (data == null) {
      throw new PoisonEventException(what + " has no data");
    }
    try {
      var event = (SiteEvent) EventJson.readValidated(ce.getType(), data);
      return new ReceivedSiteEvent(ce.getId(), ce.getType(), sequence(ce, what), event);
    } catch (MalformedEventException e) {
      throw new PoisonEventException(e.getMessage(), e);
    }
  }

  private static void requireSiteEvent(String ceType) {
    try {
      if (!SiteEvent.class.isAssignableFrom(EventType.ofCeType(ceType).recordType())) {
        throw new PoisonEventException(ceType + " is not a site event");
      }
    } catch (UnknownEventTypeException e) {
      throw new PoisonEventException(e.getMessage(), e);
    }
  }

  private static long sequence(CloudEventMetadata<?> ce, String what) {
    var raw =
        ce.getExtension(CloudEventExtensions.SEQUENCE)
            .map(Object::toString)
            .orElseThrow(() -> new PoisonEventException(what + " has no ce_sequence"));
    try {
      long sequence = Long.parseLong(raw);
      if (sequence < 1) {
        throw new PoisonEventException(what + " has ce_sequence " + raw + ", not 1 or more");
      }
      return sequence;
    } catch (NumberFormatException e) {
      throw new PoisonEventException(what + " has ce_sequence " + raw + ", not a number", e);
    }
  }
}
