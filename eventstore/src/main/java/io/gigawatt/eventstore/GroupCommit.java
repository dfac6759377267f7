package io.gigawatt.eventstore;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Group commit: commands queue their writes and a few writer threads, each with its own connection,
 * commit whatever has queued up in one transaction. A durable commit costs one WAL flush however
 * many commands it carries, so throughput grows with concurrency instead of stalling on fsync; a
 * lone command still commits at once.
 */
@ApplicationScoped
public class GroupCommit {
  private static final Logger LOG = Logger.getLogger(GroupCommit.class);
  private static final String APPLICATION_NAME = "gigawatt-event-writer";

  private final BlockingQueue<QueuedWrite> queue = new LinkedBlockingQueue<>();
  private final EventStoreConfig config;
  private final DirectConnections connections;
  private final WriteBatch batch;
  private final List<Thread> writers = new ArrayList<>();
  private volatile boolean running;

  GroupCommit(EventStoreConfig config, DirectConnections connections, WriteBatch batch) {
    this.config = config;
    this.connections = connections;
    this.batch = batch;
  }

  /** Completes with the recorded events once committed, or with the reason they were not. */
  public CompletableFuture<List<RecordedEvent>> submit(
      PendingAppend append, IdempotencyRecord idempotency) {
    var write = new QueuedWrite(append, idempotency);
    queue.add(write);
    if (!running) {
      failQueued();
    }
    return write.done();
  }

  void start(@Observes StartupEvent startup) {
    running = true;
    for (int i = 0; i < config.writers(); i++) {
      var writer = new Thread(this::write, "event-writer-" + i);
      writer.setDaemon(true);
      writer.start();
      writers.add(writer);
    }
  }

  void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
    running = false;
    for (var writer : writers) {
      writer.interrupt();
      writer.join(5_000);
    }
    failQueued();
  }

  private void write() {
    Connection connection = null;
    while (running) {
      var writes = next();
      if (writes.isEmpty()) {
        continue;
      }
      try {
        if (connection == null) {
          connection = connections.open(APPLICATION_NAME);
          connection.setAutoCommit(false);
        }
        batch.commit(connection, writes);
      } catch (SQLException | RuntimeException e) {
        LOG.warnf("group commit of %d writes failed: %s", writes.size(), e.getMessage());
        writes.forEach(w -> w.fail(unavailable(e)));
        close(connection);
        connection = null;
      }
    }
    close(connection);
  }

  private List<QueuedWrite> next() {
    var writes = new ArrayList<QueuedWrite>();
    try {
      var first = queue.poll(1, TimeUnit.SECONDS);
      if (first != null) {
        writes.add(first);
        queue.drainTo(writes, config.maxBatch() - 1);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
    return writes;
  }

  private void failQueued() {
    var stranded = new ArrayList<QueuedWrite>();
    queue.drainTo(stranded);
    stranded.forEach(w -> w.fail(unavailable(new IllegalStateException("shutting down"))));
  }

  private static EventStoreUnavailableException unavailable(Exception cause) {
    return new EventStoreUnavailableException(
        "the event store did not confirm the write (" + cause.getMessage() + ")", cause);
  }

  private static void close(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // a broken connection: the server rolls back whatever it had open
      }
    }
  }
}
