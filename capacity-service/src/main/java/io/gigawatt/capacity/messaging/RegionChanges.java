package io.gigawatt.capacity.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigawatt.capacity.application.ViewGeneration;
import io.gigawatt.capacity.config.CapacityConfig;
import io.gigawatt.capacity.domain.Bloc;
import io.gigawatt.capacity.domain.BlocTotals;
import io.gigawatt.capacity.domain.Blocs;
import io.gigawatt.capacity.domain.Level;
import io.gigawatt.capacity.domain.RegionCapacity;
import io.gigawatt.capacity.domain.RegionTotals;
import io.gigawatt.capacity.domain.RegionView;
import io.gigawatt.capacity.persistence.RegionReads;
import io.gigawatt.capacity.persistence.RegionReads.RegionRow;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The feed of changed regions. Every interval (100 ms) it reads the regions the active generation
 * changed since the last read, so each region is sent at most once per interval with its newest
 * figures, and hands them to the live stream and the snapshot topic. Batches take their change
 * sequence in commit order, so reading "after the cursor" misses none, from any replica.
 */
@ApplicationScoped
public class RegionChanges {
  private static final String BLOC_MARK = "~";
  private static final Logger LOG = Logger.getLogger(RegionChanges.class);

  private final Projections projections;
  private final RegionReads reads;
  private final CapacityConfig config;
  private final ObjectMapper json;
  private final List<Consumer<List<Change>>> listeners = new CopyOnWriteArrayList<>();
  private final ScheduledExecutorService ticks =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "region-changes"));
  private Cursor cursor;

  RegionChanges(
      Projections projections, RegionReads reads, CapacityConfig config, ObjectMapper json) {
    this.json = json;
    this.projections = projections;
    this.reads = reads;
    this.config = config;
  }

  /**
   * A region's new figures. {@code id} ({@code generation.changeSeq.code}) orders changes; a
   * subscriber that saw {@code id} resumes after it.
   */
  public record Change(Cursor cursor, RegionCapacity region, String json) {
    public String id() {
      return cursor.id();
    }
  }

  /** Where a reader of the feed stands. */
  public record Cursor(int generation, long changeSeq, String code) {
    static final Comparator<Cursor> ORDER =
        Comparator.comparingLong(Cursor::changeSeq).thenComparing(Cursor::code);

    String id() {
      return generation + "." + changeSeq + "." + code;
    }

    /** The cursor of an event id; the start of the generation for anything unreadable. */
    static Cursor parse(String id, int generation) {
      String[] parts = id == null ? new String[0] : id.split("\\.", 3);
      try {
        if (parts.length == 3 && Integer.parseInt(parts[0]) == generation) {
          return new Cursor(generation, Long.parseLong(parts[1]), parts[2]);
        }
      } catch (NumberFormatException e) {
        // a foreign or garbled id: resend everything
      }
      return new Cursor(generation, 0, "");
    }
  }

  void start(@Observes StartupEvent event) {
    long interval = config.live().interval().toMillis();
    ticks.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    ticks.shutdownNow();
  }

  /** Receives each interval's changes, on the feed's thread. */
  public void subscribe(Consumer<List<Change>> listener) {
    listeners.add(listener);
  }

  /** Runs {@code task} on the feed's thread, between two ticks. */
  public void onFeedThread(Runnable task) {
    ticks.execute(task);
  }

  /**
   * The changes after {@code lastEventId} up to now; every region when the id is from another
   * generation. Call on the feed's thread.
   */
  public List<Change> since(String lastEventId) {
    return projections
        .active()
        .map(g -> read(g, Cursor.parse(lastEventId, g.id())))
        .orElse(List.of());
  }

  private void tick() {
    try {
      var active = projections.active();
      if (active.isEmpty()) {
        return;
      }
      ViewGeneration generation = active.get();
      Cursor from =
          cursor == null || cursor.generation() != generation.id()
              ? new Cursor(generation.id(), 0, "")
              : cursor;
      List<Change> changes = read(generation, from);
      if (!changes.isEmpty()) {
        cursor = changes.get(changes.size() - 1).cursor();
        listeners.forEach(listener -> listener.accept(changes));
      } else {
        cursor = from;
      }
    } catch (RuntimeException e) {
      LOG.debugf("Reading region changes failed (will retry): %s", e.getMessage());
    }
  }

  private List<Change> read(ViewGeneration generation, Cursor from) {
    List<RegionRow> rows = reads.changedAfter(generation, from.changeSeq(), from.code());
    RegionTotals world =
        rows.isEmpty() || rows.get(0).level() != Level.WORLD
            ? RegionTotals.empty(Level.WORLD_CODE)
            : rows.get(0).totals();
    List<RegionRow> changed = new ArrayList<>();
    for (RegionRow row : rows) {
      if (row.changeSeq() > from.changeSeq()
          || (row.changeSeq() == from.changeSeq()
              && row.totals().code().compareTo(from.code()) > 0)) {
        changed.add(row);
      }
    }
    List<Change> changes = new ArrayList<>();
    for (RegionRow row : changed) {
      changes.add(
          change(
              new Cursor(generation.id(), row.changeSeq(), row.totals().code()),
              RegionView.region(row.level(), row.totals(), world)));
    }
    changes.addAll(blocs(generation, changed, world));
    changes.sort(Comparator.comparing(Change::cursor, Cursor.ORDER));
    return changes;
  }

  /**
   * The blocs (members as of today) whose members changed, each once, after the newest change of
   * its members ({@code ~} sorts after every region code, so resuming skips what came with it).
   */
  private List<Change> blocs(
      ViewGeneration generation, List<RegionRow> changed, RegionTotals world) {
    Map<String, Long> countries = new HashMap<>();
    changed.stream()
        .filter(row -> row.level() == Level.COUNTRY)
        .forEach(row -> countries.put(row.totals().code(), row.changeSeq()));
    if (countries.isEmpty()) {
      return List.of();
    }
    Map<String, RegionTotals> all = new HashMap<>();
    reads
        .level(generation, Level.COUNTRY)
        .forEach(row -> all.put(row.totals().code(), row.totals()));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<Change> blocs = new ArrayList<>();
    for (Bloc bloc : Blocs.all()) {
      Set<String> members = bloc.membersOn(today);
      OptionalLong latest =
          members.stream().filter(countries::containsKey).mapToLong(countries::get).max();
      if (latest.isPresent()) {
        blocs.add(
            change(
                new Cursor(generation.id(), latest.getAsLong(), BLOC_MARK + bloc.code()),
                RegionView.region(
                    Level.BLOC, BlocTotals.of(bloc.code(), members, all), world, members, null)));
      }
    }
    return blocs;
  }

  private Change change(Cursor at, RegionCapacity region) {
    try {
      return new Change(at, region, json.writeValueAsString(region));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
