package io.gigawatt.capacity.messaging;

import io.gigawatt.capacity.application.Projected;
import io.gigawatt.capacity.application.ProjectionProgress;
import io.gigawatt.capacity.application.ViewGeneration;
import io.gigawatt.capacity.application.ViewGeneration.State;
import io.gigawatt.capacity.config.CapacityConfig;
import io.gigawatt.capacity.persistence.BatchWriter;
import io.gigawatt.capacity.persistence.Generations;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;

/**
 * Runs the generations of the read model: a consumer thread for the active one and for one being
 * rebuilt; every second it checks the generations table, so that a rebuild started on any replica
 * is fed here too, a caught-up rebuild replaces the active one, and replaced ones are dropped.
 */
@ApplicationScoped
public class Projections {
  private static final Logger LOG = Logger.getLogger(Projections.class);

  private final Generations generations;
  private final BatchWriter writer;
  private final DeadLetterPublisher deadLetters;
  private final CapacityConfig config;
  private final TopicSetup topics;
  private final Map<Integer, Running> running = new ConcurrentHashMap<>();
  private final List<BiConsumer<ViewGeneration, Projected>> listeners =
      new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService checks =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "projection-check"));
  private volatile ViewGeneration active;

  Projections(
      Generations generations,
      BatchWriter writer,
      DeadLetterPublisher deadLetters,
      CapacityConfig config,
      TopicSetup topics) {
    this.topics = topics;
    this.generations = generations;
    this.writer = writer;
    this.deadLetters = deadLetters;
    this.config = config;
  }

  private record Running(ProjectionConsumer consumer, Thread thread, ProjectionProgress progress) {}

  void start(@Observes StartupEvent event) {
    long interval = config.projection().checkInterval().toMillis();
    checks.scheduleWithFixedDelay(this::check, 0, interval, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    checks.shutdownNow();
    running.values().forEach(r -> r.consumer().stop());
    running.values().forEach(r -> join(r.thread()));
  }

  /** Called after every batch any generation applies here. */
  public void onApplied(BiConsumer<ViewGeneration, Projected> listener) {
    listeners.add(listener);
  }

  /** The generation readers use; empty until the database was first reached. */
  public Optional<ViewGeneration> active() {
    return Optional.ofNullable(active);
  }

  /** Starts a rebuild into a new generation; empty when one is under way. */
  public Optional<ViewGeneration> rebuild() {
    var building = generations.startRebuild();
    building.ifPresent(g -> LOG.infof("Rebuild started into %s", g.schema()));
    checks.execute(this::check);
    return building;
  }

  /** The progress of each generation this replica feeds. */
  public List<ProjectionProgress.Snapshot> progress() {
    return running.values().stream().map(r -> r.progress().snapshot()).toList();
  }

  /** False when a generation this replica should feed has no live consumer thread. */
  public boolean consuming() {
    return running.values().stream().allMatch(r -> r.thread().isAlive());
  }

  private synchronized void check() {
    try {
      topics.ensure();
      ViewGeneration current = generations.ensureActive();
      List<ViewGeneration> all = generations.all();
      Optional<ViewGeneration> building =
          all.stream().filter(g -> g.state() == State.BUILDING).findFirst();
      if (building.isEmpty() && current.modelVersion() < Generations.modelVersion()) {
        LOG.infof("%s holds model %d; rebuilding", current.schema(), current.modelVersion());
        building = generations.startRebuild();
      }
      if (building.isPresent()
          && running.containsKey(building.get().id())
          && generations.activateIfCaughtUp(building.get(), current)) {
        LOG.infof("Rebuild caught up: %s replaces %s", building.get().schema(), current.schema());
        current = building.get();
        building = Optional.empty();
      }
      active = current;
      if (current.modelVersion() == Generations.modelVersion()) {
        feed(current);
      }
      building.ifPresent(this::feed);
      stopAllBut(current, building);
      generations
          .dropRetired(config.projection().dropGrace())
          .forEach(g -> LOG.infof("Dropped replaced generation %s", g.schema()));
    } catch (RuntimeException e) {
      LOG.warnf("Checking the view generations failed (will retry): %s", e.getMessage());
    }
  }

  private void feed(ViewGeneration generation) {
    running.computeIfAbsent(
        generation.id(),
        id -> {
          var progress = new ProjectionProgress(generation, listeners, Clock.systemUTC());
          var consumer = new ProjectionConsumer(generation, config, writer, deadLetters, progress);
          var thread = new Thread(consumer, "projection-" + generation.schema());
          thread.start();
          LOG.infof("Projecting into %s", generation.schema());
          return new Running(consumer, thread, progress);
        });
  }

  private void stopAllBut(ViewGeneration current, Optional<ViewGeneration> building) {
    running.forEach(
        (id, r) -> {
          if (id != current.id() && building.map(b -> b.id() != id).orElse(true)) {
            r.consumer().stop();
            running.remove(id);
          }
        });
  }

  private static void join(Thread thread) {
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
