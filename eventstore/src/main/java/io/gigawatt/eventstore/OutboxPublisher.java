package io.gigawatt.eventstore;

import io.gigawatt.events.CloudEventExtensions;
import io.gigawatt.events.EventType;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Sends one stored event to Kafka as a binary-mode CloudEvent keyed by its stream id. The returned
 * future completes when the broker acknowledged it ({@code acks=all}).
 */
@ApplicationScoped
public class OutboxPublisher {
  public static final String CHANNEL = "outbox";

  private final Emitter<String> emitter;

  OutboxPublisher(@Channel(CHANNEL) Emitter<String> emitter) {
    this.emitter = emitter;
  }

  public CompletableFuture<Void> publish(StoredEvent row, EventMetadata meta) {
    var acked = new CompletableFuture<Void>();
    var type = EventType.ofCeType(row.eventType);
    var cloudEvent =
        OutgoingCloudEventMetadata.<String>builder()
            .withId(row.eventId.toString())
            .withType(row.eventType)
            .withSource(URI.create(type.ceSource()))
            .withSubject(row.streamId)
            .withTimestamp(row.recordedAt.atZone(ZoneOffset.UTC))
            .withDataContentType("application/json")
            .withExtension(CloudEventExtensions.SEQUENCE, row.version);
    if (meta.correlationId() != null) {
      cloudEvent.withExtension(CloudEventExtensions.CORRELATION_ID, meta.correlationId());
    }
    if (meta.causationId() != null) {
      cloudEvent.withExtension(CloudEventExtensions.CAUSATION_ID, meta.causationId());
    }
    var kafka =
        OutgoingKafkaRecordMetadata.<String>builder()
            .withTopic(type.topic())
            .withKey(row.streamId)
            .build();
    emitter.send(
        Message.of(
            row.payload,
            Metadata.of(cloudEvent.build(), kafka),
            () -> {
              acked.complete(null);
              return CompletableFuture.completedFuture(null);
            },
            failure -> {
              acked.completeExceptionally(failure);
              return CompletableFuture.completedFuture(null);
            }));
    return acked;
  }
}
