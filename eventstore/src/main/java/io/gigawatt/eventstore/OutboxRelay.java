package io.gigawatt.eventstore;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Publishes unpublished events to Kafka in position order and marks them published only after the
 * broker acknowledged them. It selects every unpublished row rather than "rows after the last
 * published position", so a transaction that commits late is never skipped. A crash after sending
 * and before marking sends those events again: consumers see duplicates, never gaps.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private final OutboxPublisher publisher;
  private final RelayConfig config;
  private final EventStore store;
  private final Semaphore wakeUp = new Semaphore(0);
  private volatile boolean running;
  private Thread thread;

  OutboxRelay(OutboxPublisher publisher, RelayConfig config, EventStore store) {
    this.publisher = publisher;
    this.config = config;
    this.store = store;
  }

  void start(@Observes StartupEvent startup) {
    if (!config.enabled()) {
      return;
    }
    running = true;
    thread = new Thread(this::run, "outbox-relay");
    thread.setDaemon(true);
    thread.start();
  }

  void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
    running = false;
    wakeUp.release();
    if (thread != null) {
      thread.join(5_000);
    }
  }

  void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsAppended appended) {
    wakeUp.release();
  }

  private void run() {
    while (running) {
      try {
        if (publishBatch() < config.batchSize()) {
          wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
          wakeUp.drainPermits();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        LOG.warnf("outbox relay: publishing failed, retrying: %s", e.getMessage());
        sleepQuietly();
      }
    }
  }

  /** Publishes one batch; returns how many events it published. */
  int publishBatch() throws Exception {
    List<StoredEvent> batch =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    StoredEvent.<StoredEvent>find("publishedAt is null", Sort.by("position"))
                        .page(0, config.batchSize())
                        .list());
    if (batch.isEmpty()) {
      return 0;
    }
    var acks = batch.stream().map(row -> publisher.publish(row, store.metadata(row))).toList();
    CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
        .get(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
    var positions = batch.stream().map(row -> row.position).toList();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                StoredEvent.update(
                    "publishedAt = ?1 where position in ?2", Instant.now(), positions));
    return batch.size();
  }

  private void sleepQuietly() {
    try {
      Thread.sleep(config.pollInterval().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
