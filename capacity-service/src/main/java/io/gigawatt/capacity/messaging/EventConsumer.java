package io.gigawatt.capacity.messaging;

import io.gigawatt.capacity.domain.RecordedEvent;
import io.gigawatt.capacity.persistence.Projector;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Feeds site and contract events into the projection. A poison record is nacked, which sends it to
 * the dead-letter topic and lets the consumer go on. A record whose write keeps failing (database
 * down, shutdown) is neither acked nor nacked: its offset stays uncommitted, so it is redelivered
 * after a restart, while later records go on being applied (figures do not depend on order).
 */
@ApplicationScoped
public class EventConsumer {
  private static final Logger LOG = Logger.getLogger(EventConsumer.class);

  @Inject Projector projector;

  @ConfigProperty(name = "capacity.projection.attempts", defaultValue = "3")
  int attempts;

  @ConfigProperty(name = "capacity.projection.retry-delay", defaultValue = "PT0.2S")
  Duration retryDelay;

  @Incoming("events-in")
  @Blocking
  public CompletionStage<Void> consume(Message<String> message) {
    RecordedEvent recorded;
    try {
      recorded = CloudEventReader.read(message);
    } catch (PoisonEventException e) {
      LOG.warnf("Skipping poison record %s: %s", position(message), e.getMessage());
      return message.nack(e);
    }
    try {
      if (!applyWithRetries(recorded)) {
        LOG.debugf("Event %s was applied before; ignored", recorded.eventId());
      }
      return message.ack();
    } catch (RuntimeException e) {
      LOG.errorf(
          e,
          "Event %s at %s not applied; left for redelivery",
          recorded.eventId(),
          position(message));
      return CompletableFuture.completedFuture(null);
    }
  }

  private boolean applyWithRetries(RecordedEvent recorded) {
    for (int attempt = 1; ; attempt++) {
      try {
        return projector.apply(recorded);
      } catch (RuntimeException e) {
        if (attempt >= attempts) {
          throw e;
        }
        LOG.warnf("Applying %s failed (attempt %d): %s", recorded.eventId(), attempt, e);
        pause(retryDelay.multipliedBy(1L << (attempt - 1)));
      }
    }
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while retrying", e);
    }
  }

  private static String position(Message<?> message) {
    return message
        .getMetadata(IncomingKafkaRecordMetadata.class)
        .map(m -> m.getTopic() + "-" + m.getPartition() + "@" + m.getOffset())
        .orElse("?");
  }
}
