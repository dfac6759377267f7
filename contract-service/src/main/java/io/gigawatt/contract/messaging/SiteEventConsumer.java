package io.gigawatt.contract.messaging;

import io.gigawatt.contract.persistence.KnownSites;
import io.gigawatt.events.SiteEvent;
import io.gigawatt.support.messaging.IncomingEvents;
import io.gigawatt.support.messaging.PoisonEventException;
import io.gigawatt.support.messaging.RecordedEvent;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Feeds site events into the known sites; poison records (also events that are not site events) are
 * dead-lettered, failing writes left for redelivery ({@link IncomingEvents}).
 */
@ApplicationScoped
public class SiteEventConsumer {
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
    return IncomingEvents.handle(message, this::apply, attempts, retryDelay);
  }

  private boolean apply(RecordedEvent recorded) {
    if (!(recorded.event() instanceof SiteEvent event)) {
      throw new PoisonEventException(recorded.type() + " is not a site event");
    }
    return sites.apply(recorded.eventId(), recorded.type(), recorded.sequence(), event);
  }
}
