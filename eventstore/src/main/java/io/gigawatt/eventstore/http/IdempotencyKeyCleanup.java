package io.gigawatt.eventstore.http;

import io.gigawatt.eventstore.EventStore;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Deletes expired idempotency keys now and then; an expired key no longer answers anyway. */
@ApplicationScoped
public class IdempotencyKeyCleanup {
  private static final Logger LOG = Logger.getLogger(IdempotencyKeyCleanup.class);

  private final EventStore store;
  private final IdempotencyConfig config;
  private ScheduledExecutorService scheduler;

  IdempotencyKeyCleanup(EventStore store, IdempotencyConfig config) {
    this.store = store;
    this.config = config;
  }

  void start(@Observes StartupEvent startup) {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              var thread = new Thread(task, "idempotency-key-cleanup");
              thread.setDaemon(true);
              return thread;
            });
    long every = config.cleanupInterval().toMillis();
    scheduler.scheduleWithFixedDelay(this::purge, every, every, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent shutdown) {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }

  /** Returns how many expired keys it deleted. */
  public int purge() {
    try {
      return store.purgeExpiredKeys();
    } catch (RuntimeException e) {
      LOG.warnf("deleting expired idempotency keys failed: %s", e.getMessage());
      return 0;
    }
  }
}
