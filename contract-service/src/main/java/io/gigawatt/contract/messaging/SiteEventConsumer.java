package io.gigawatt.contract.messaging;

import io.gigawatt.contract.persistence.KnownSites;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Feeds site events into the known sites. A poison record is nacked, which sends it to the
 * dead-letter topic and lets the consumer go on. A record whose write keeps failing (database down)
 * is neither acked nor nacked: its offset stays uncommitted, so a restart redelivers it.
 */
@ApplicationScoped
public class SiteEventConsumer {
  private static final Logger LOG = Logger.getLogger(SiteEventConsumer.class);

  private final KnownSites sites;
  private final int attempts;
  private final Duration retryDelay;

  SiteEventConsumer(
      KnownSites sites,
      @ConfigProperty(name = "contract.known-sites.attempts", defaultValue = "3") int attempts,
      @ConfigProperty(name = "contract.known-sites.retry-delay", defaultValue = "PT0.2S")
          Duration retryDelay) {
    this.sites = sites;
    this.attempts = attempts;
    this.retryDelay = retryDelay;
  }

  @Incoming("site-events")
  @Blocking
  public CompletionStage<Void> consume(Message<String> message) {
    ReceivedSiteEvent received;
    try {
      received = SiteEventReader.read(message);
    } catch (PoisonEventException e) {
      LOG.warnf("Dead-lettering poison record %s: %s", position(message), e.getMessage());
      return message.nack(e);
    }
    try {
      if (!applyWithRetries(received)) {
        LOG.debugf("Site event %s was applied before; ignored", received.eventId());
      }
      return message.ack();
    } catch (RuntimeException e) {
      LOG.errorf(
          e,
          "Site event %s at %s not applied; left for redelivery",
          received.eventId(),
          position(message));
      return CompletableFuture.completedFuture(null);
    }
  }

  private boolean applyWithRetries(ReceivedSiteEvent r) {
    for (int attempt = 1; ; attempt++) {
      try {
        return sites.apply(r.eventId(), r.type(), r.sequence(), r.event());
      } catch (RuntimeException e) {
        if (attempt >= attempts) {
          throw e;
        }
        LOG.warnf("Applying %s failed (attempt %d): %s", r.eventId(), attempt, e);
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
