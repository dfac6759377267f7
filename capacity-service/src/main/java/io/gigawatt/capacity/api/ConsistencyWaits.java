package io.gigawatt.capacity.api;

import io.gigawatt.capacity.application.Projected;
import io.gigawatt.capacity.application.ViewGeneration;
import io.gigawatt.capacity.config.CapacityConfig;
import io.gigawatt.capacity.messaging.Projections;
import io.gigawatt.capacity.persistence.RegionReads;
import io.gigawatt.support.consistency.ConsistencyToken;
import io.gigawatt.support.problem.Problem;
import io.gigawatt.support.problem.ProblemException;
import io.gigawatt.support.validation.Validator;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Read-your-writes: a query carrying a command's {@code X-Consistency-Token} waits until the active
 * generation has applied that command's event. Batches applied here wake waiters at once; a sweep
 * re-checks the database for what another replica (or a new generation) applied.
 */
@ApplicationScoped
public class ConsistencyWaits {
  private static final long SWEEP_MS = 200;

  private final Projections projections;
  private final RegionReads reads;
  private final CapacityConfig config;
  private final Set<Waiter> waiters = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService sweeper =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "consistency-sweep"));

  ConsistencyWaits(Projections projections, RegionReads reads, CapacityConfig config) {
    this.projections = projections;
    this.reads = reads;
    this.config = config;
  }

  private record Waiter(String aggregateId, long sequence, CompletableFuture<Void> applied) {}

  void start(@Observes StartupEvent event) {
    projections.onApplied(this::applied);
    sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_MS, SWEEP_MS, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    sweeper.shutdownNow();
  }

  /**
   * Returns once the token's command is in the view; at once without a token.
   *
   * @throws ProblemException 400 for a malformed token, 504 when the wait times out
   */
  void await(String header) {
    if (header == null) {
      return;
    }
    var token = ConsistencyToken.decode(header);
    new Validator()
        .check(ConsistencyToken.HEADER, token.isPresent(), "is not a consistency token")
        .throwIfInvalid();
    var waiter =
        new Waiter(token.get().aggregateId(), token.get().version(), new CompletableFuture<>());
    waiters.add(waiter);
    try {
      if (isApplied(waiter)) {
        return;
      }
      waiter.applied().get(config.readYourWrites().timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new ProblemException(
          Problem.of(
              504,
              "consistency-timeout",
              "View not caught up",
              "the capacity view has not applied the command of this X-Consistency-Token within "
                  + config.readYourWrites().timeout().toMillis()
                  + " ms; retry with the same token"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the view", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      waiters.remove(waiter);
    }
  }

  private void applied(ViewGeneration generation, Projected projected) {
    if (waiters.isEmpty()
        || !projections.active().map(g -> g.id() == generation.id()).orElse(false)) {
      return;
    }
    Set<String> keys = new HashSet<>();
    projected.applied().forEach(e -> keys.add(key(e.event().aggregateId(), e.sequence())));
    for (Waiter waiter : waiters) {
      if (keys.contains(key(waiter.aggregateId(), waiter.sequence()))) {
        waiter.applied().complete(null);
      }
    }
  }

  private void sweep() {
    for (Waiter waiter : waiters) {
      try {
        if (isApplied(waiter)) {
          waiter.applied().complete(null);
        }
      } catch (RuntimeException e) {
        return;
      }
    }
  }

  private static String key(String aggregateId, long sequence) {
    return aggregateId + '#' + sequence;
  }

  private boolean isApplied(Waiter waiter) {
    return projections
        .active()
        .map(g -> reads.applied(g, waiter.aggregateId(), waiter.sequence()))
        .orElse(false);
  }
}
