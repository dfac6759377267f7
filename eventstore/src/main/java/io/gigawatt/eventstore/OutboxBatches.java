package io.gigawatt.eventstore;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Publishes one batch of unpublished rows in position order and marks them only after the broker
 * acknowledged every one of them. A failed send leaves the batch unmarked for the next round.
 */
@ApplicationScoped
public class OutboxBatches {
  private static final Logger LOG = Logger.getLogger(OutboxBatches.class);

  private final OutboxPublisher publisher;
  private final EventStore store;
  private final RelayConfig config;

  OutboxBatches(OutboxPublisher publisher, EventStore store, RelayConfig config) {
    this.publisher = publisher;
    this.store = store;
    this.config = config;
  }

  /** Returns how many rows were published and marked; 0 when none were, or sending failed. */
  int publish(OutboxTable outbox) throws SQLException {
    var batch = outbox.unpublished(config.batchSize());
    if (batch.isEmpty()) {
      return 0;
    }
    try {
      var acks = batch.stream().map(row -> publisher.publish(row, store.metadata(row))).toList();
      CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
          .get(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    } catch (Exception e) {
      LOG.warnf(
          "outbox relay: publishing from position %d failed, will retry: %s",
          batch.get(0).position, e);
      return 0;
    }
    outbox.markPublished(batch.stream().map(row -> row.position).toList());
    return batch.size();
  }
}
