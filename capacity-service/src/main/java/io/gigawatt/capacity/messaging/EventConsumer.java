package io.gigawatt.capacity.messaging;

import io.gigawatt.capacity.persistence.Projector;
import io.gigawatt.support.messaging.IncomingEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Feeds site and contract events into the projection; poison records are dead-lettered, failing
 * writes left for redelivery ({@link IncomingEvents}). Later records go on being applied, since the
 * figures do not depend on order.
 */
@ApplicationScoped
public class EventConsumer {
  @Inject Projector projector;

  @ConfigProperty(name = "capacity.projection.attempts", defaultValue = "3")
  int attempts;

  @ConfigProperty(name = "capacity.projection.retry-delay", defaultValue = "PT0.2S")
  Duration retryDelay;

  @Incoming("events-in")
  @Blocking
  public CompletionStage<Void> consume(Message<String> message) {
    return IncomingEvents.handle(message, projector::apply, attempts, retryDelay);
  }
}
