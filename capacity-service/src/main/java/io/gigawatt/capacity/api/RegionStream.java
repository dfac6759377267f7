package io.gigawatt.capacity.api;

import io.gigawatt.capacity.messaging.RegionChanges;
import io.gigawatt.capacity.messaging.RegionChanges.Change;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The subscribers of the live stream. Every change of the feed goes to every subscriber as one
 * {@code region} event; a new subscriber that names a {@code Last-Event-ID} first gets what it
 * missed. A subscriber that falls more than {@value #MAX_PENDING} events behind is closed (it
 * reconnects and resumes).
 */
@ApplicationScoped
public class RegionStream {
  static final int MAX_PENDING = 10_000;

  private final RegionChanges changes;
  private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

  RegionStream(RegionChanges changes, MeterRegistry registry) {
    this.changes = changes;
    Gauge.builder("gigawatt.capacity.stream.subscribers", subscribers, Set::size)
        .description("Subscribers of the live stream on this replica")
        .register(registry);
  }

  private record Subscriber(SseEventSink sink, Sse sse, AtomicInteger pending) {}

  void start(@Observes StartupEvent event) {
    changes.subscribe(this::broadcast);
  }

  public int subscribers() {
    return subscribers.size();
  }

  void subscribe(SseEventSink sink, Sse sse, String lastEventId) {
    var subscriber = new Subscriber(sink, sse, new AtomicInteger());
    changes.onFeedThread(
        () -> {
          if (lastEventId != null) {
            send(subscriber, changes.since(lastEventId));
          }
          subscribers.add(subscriber);
        });
  }

  /** A comment line keeps idle connections (and proxies) open and finds closed ones. */
  void keepAlive() {
    for (Subscriber subscriber : subscribers) {
      if (subscriber.sink().isClosed()) {
        subscribers.remove(subscriber);
      } else {
        subscriber.sink().send(subscriber.sse().newEventBuilder().comment("keep-alive").build());
      }
    }
  }

  private void broadcast(List<Change> batch) {
    for (Subscriber subscriber : subscribers) {
      send(subscriber, batch);
    }
  }

  private void send(Subscriber subscriber, List<Change> batch) {
    for (Change change : batch) {
      if (subscriber.sink().isClosed() || subscriber.pending().get() > MAX_PENDING) {
        subscribers.remove(subscriber);
        subscriber.sink().close();
        return;
      }
      subscriber.pending().incrementAndGet();
      subscriber
          .sink()
          .send(
              subscriber
                  .sse()
                  .newEventBuilder()
                  .id(change.id())
                  .name("region")
                  .mediaType(MediaType.APPLICATION_JSON_TYPE)
                  .data(change.json())
                  .build())
          .whenComplete((ok, failure) -> subscriber.pending().decrementAndGet());
    }
  }
}
