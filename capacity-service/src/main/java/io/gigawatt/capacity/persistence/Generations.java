package io.gigawatt.capacity.persistence;

import io.agroal.api.AgroalDataSource;
import io.gigawatt.capacity.application.ViewGeneration;
import io.gigawatt.capacity.application.ViewGeneration.State;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The generations of the read model in table {@code view_generation}. Changes take a transaction
 * advisory lock, so replicas starting or rebuilding at once agree on one outcome.
 */
@ApplicationScoped
public class Generations {
  private static final long LOCK = 0x6767_7669_6577L;

  private final AgroalDataSource dataSource;

  Generations(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  public static int modelVersion() {
    return ViewSchema.MODEL_VERSION;
  }

  public List<ViewGeneration> all() {
    return Jdbc.read(dataSource, Generations::list);
  }

  /** The active generation, created empty (it then replays every topic) when there is none. */
  public ViewGeneration ensureActive() {
    return Jdbc.inTransaction(
        dataSource,
        connection -> {
          lock(connection);
          var active = find(connection, State.ACTIVE);
          return active.isPresent() ? active.get() : create(connection, State.ACTIVE);
        });
  }

  /** A new generation to rebuild into; empty when a rebuild is already under way. */
  public Optional<ViewGeneration> startRebuild() {
    return Jdbc.inTransaction(
        dataSource,
        connection -> {
          lock(connection);
          if (find(connection, State.BUILDING).isPresent()) {
            return Optional.empty();
          }
          return Optional.of(create(connection, State.BUILDING));
        });
  }

  /**
   * Makes {@code building} the active generation when it has read at least as far as the active one
   * in every partition. The active one's batch lock is held meanwhile, so it cannot move on.
   *
   * @return true when the switch happened
   */
  public boolean activateIfCaughtUp(ViewGeneration building, ViewGeneration active) {
    return Jdbc.inTransaction(
        dataSource,
        connection -> {
          lock(connection);
          try (var statement = connection.createStatement()) {
            statement.execute("select 1 from " + active.schema() + ".clock for update");
          }
          if (!Offsets.covers(connection, building, active)) {
            return false;
          }
          try (var statement =
              connection.prepareStatement(
                  "update view_generation set state = case id when ? then 'ACTIVE' else 'RETIRED' end,"
                      + " activated_at = case id when ? then now() else activated_at end,"
                      + " retired_at = case id when ? then retired_at else now() end"
                      + " where id in (?, ?)")) {
            statement.setInt(1, building.id());
            statement.setInt(2, building.id());
            statement.setInt(3, building.id());
            statement.setInt(4, building.id());
            statement.setInt(5, active.id());
            statement.executeUpdate();
          }
          return true;
        });
  }

  /** Drops the schemas of generations retired longer ago than {@code grace}; returns them. */
  public List<ViewGeneration> dropRetired(Duration grace) {
    return Jdbc.inTransaction(
        dataSource,
        connection -> {
          lock(connection);
          List<ViewGeneration> dropped = new ArrayList<>();
          for (ViewGeneration generation : list(connection)) {
            if (generation.state() == State.RETIRED
                && retiredLongerThan(connection, generation, grace)) {
              ViewSchema.drop(connection, generation);
              try (var statement =
                  connection.prepareStatement("delete from view_generation where id = ?")) {
                statement.setInt(1, generation.id());
                statement.executeUpdate();
              }
              dropped.add(generation);
            }
          }
          return dropped;
        });
  }

  private static ViewGeneration create(Connection connection, State state) throws SQLException {
    int id;
    try (var statement = connection.createStatement();
        var rows = statement.executeQuery("select coalesce(max(id), 0) + 1 from view_generation")) {
      rows.next();
      id = rows.getInt(1);
    }
    var generation = new ViewGeneration(id, state, ViewSchema.MODEL_VERSION);
    try (var statement =
        connection.prepareStatement(
            "insert into view_generation (id, state, model_version, activated_at)"
                + " values (?, ?, ?, case when ? = 'ACTIVE' then now() end)")) {
      statement.setInt(1, id);
      statement.setString(2, state.name());
      statement.setInt(3, ViewSchema.MODEL_VERSION);
      statement.setString(4, state.name());
      statement.executeUpdate();
    }
    ViewSchema.drop(connection, generation);
    ViewSchema.create(connection, generation);
    return generation;
  }

  private static Optional<ViewGeneration> find(Connection connection, State state)
      throws SQLException {
    return list(connection).stream().filter(g -> g.state() == state).findFirst();
  }

  private static List<ViewGeneration> list(Connection connection) throws SQLException {
    List<ViewGeneration> generations = new ArrayList<>();
    try (var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "select id, state, model_version from view_generation order by id")) {
      while (rows.next()) {
        generations.add(
            new ViewGeneration(rows.getInt(1), State.valueOf(rows.getString(2)), rows.getInt(3)));
      }
    }
    return generations;
  }

  private static boolean retiredLongerThan(
      Connection connection, ViewGeneration generation, Duration grace) throws SQLException {
    try (var statement =
        connection.prepareStatement(
            "select retired_at < now() - ? * interval '1 millisecond'"
                + " from view_generation where id = ?")) {
      statement.setLong(1, grace.toMillis());
      statement.setInt(2, generation.id());
      try (var rows = statement.executeQuery()) {
        return rows.next() && rows.getBoolean(1);
      }
    }
  }

  private static void lock(Connection connection) throws SQLException {
    try (var statement = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
      statement.setLong(1, LOCK);
      statement.execute();
    }
  }
}
