package io.gigawatt.eventstore;

import io.gigawatt.eventstore.OutboxTable.OutboxStats;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Runs the outbox relay on the one instance that holds the advisory lock; the others stand by and
 * retry. The leader publishes, then sleeps until an append notifies it or the poll interval ends. A
 * crash after sending and before marking sends those events again: duplicates, never gaps.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  private static final long STATS_INTERVAL_NANOS = 1_000_000_000L;

  private final RelayConfig config;
  private final DirectConnections connections;
  private final OutboxBatches batches;
  private volatile boolean running;
  private volatile boolean leader;
  private volatile OutboxStats stats = OutboxStats.UNKNOWN;
  private Thread thread;

  OutboxRelay(RelayConfig config, DirectConnections connections, OutboxBatches batches) {
    this.config = config;
    this.connections = connections;
    this.batches = batches;
  }

  /** Whether this instance holds the relay lock and publishes. */
  public boolean isLeader() {
    return leader;
  }

  /** The outbox as this instance last read it (leader: every round; standby: every retry). */
  public OutboxStats stats() {
    return stats;
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
    if (thread != null) {
      thread.interrupt();
      wakeLeader();
      thread.join(5_000);
    }
  }

  /** A leader waiting for notifications does not see interrupts; a notification ends the wait. */
  private void wakeLeader() {
    if (leader) {
      try (var connection = connections.openRelay()) {
        connection.notifyAppend();
      } catch (SQLException e) {
        LOG.debugf("outbox relay: could not wake itself to stop: %s", e.getMessage());
      }
    }
  }

  private void run() {
    while (running) {
      try (var connection = connections.openRelay()) {
        if (standBy(connection)) {
          lead(connection);
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          LOG.warnf("outbox relay: stopped leading or standing by, retrying: %s", e.getMessage());
        }
      } finally {
        if (leader) {
          LOG.info("outbox relay: no longer the leader");
        }
        leader = false;
      }
      pause(config.standbyRetry());
    }
  }

  /** Waits until this instance holds the lock; false when stopping first. */
  private boolean standBy(RelayConnection connection) throws SQLException {
    while (running && !connection.tryLead(config.lockKey())) {
      stats = connection.outbox().stats();
      pause(config.standbyRetry());
    }
    return running;
  }

  private void lead(RelayConnection connection) throws SQLException {
    leader = true;
    LOG.info("outbox relay: this instance is the leader");
    var outbox = connection.outbox();
    long statsReadAt = 0;
    while (running) {
      int published = batches.publish(outbox);
      boolean caughtUp = published < config.batchSize();
      if (caughtUp || System.nanoTime() - statsReadAt > STATS_INTERVAL_NANOS) {
        stats = outbox.stats(); // counts the backlog: not on every round while catching up
        statsReadAt = System.nanoTime();
      }
      if (caughtUp) {
        connection.awaitAppend(config.pollInterval());
      }
    }
  }

  private void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
