package io.gigawatt.support.messaging;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Predicate;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * How a consumer handles one incoming event record. A poison record (unreadable, or refused by
 * {@code apply} with {@link PoisonEventException}) is nacked, which sends it to the dead-letter
 * topic and lets the consumer go on. A record whose write keeps failing (database down, shutdown)
 * is neither acked nor nacked: its offset stays uncommitted, so a restart redelivers it.
 */
public final class IncomingEvents {
  private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

  private IncomingEvents() {}

  /**
   * @param apply applies the event in one transaction; false when it had been applied before
   * @param attempts how often a failing write is tried, the delay doubling from {@code retryDelay}
   */
  public static CompletionStage<Void> handle(
      Message<String> message, Predicate<RecordedEvent> apply, int attempts, Duration retryDelay) {
    RecordedEvent recorded;
    try {
      recorded = CloudEventReader.read(message);
      if (!applyWithRetries(recorded, apply, attempts, retryDelay)) {
        LOG.debugf("Event %s was applied before; ignored", recorded.eventId());
      }
      return message.ack();
    } catch (PoisonEventException e) {
      LOG.warnf("Dead-lettering poison record %s: %s", position(message), e.getMessage());
      return message.nack(e);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Record %s not applied; left for redelivery", position(message));
      return CompletableFuture.completedFuture(null);
    }
  }

  private static boolean applyWithRetries(
      RecordedEvent recorded, Predicate<RecordedEvent> apply, int attempts, Duration retryDelay) {
    for (int attempt = 1; ; attempt++) {
      try {
        return apply.test(recorded);
      } catch (PoisonEventException e) {
        throw e;
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
