package io.gigawatt.capacity.persistence;

import io.agroal.api.AgroalDataSource;
import io.gigawatt.capacity.application.DeadLetter;
import io.gigawatt.capacity.application.PartitionOffset;
import io.gigawatt.capacity.application.ProjectEvents;
import io.gigawatt.capacity.application.Projected;
import io.gigawatt.capacity.application.ViewGeneration;
import io.gigawatt.support.messaging.RecordedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Applies one batch of records to a generation in one transaction: the changes, the dead letters
 * and the next offsets commit together, so after a crash the batch is either wholly there or read
 * again. The batch first takes the generation's clock row lock: batches of every replica apply one
 * at a time, and a batch's change sequence orders it among them.
 */
@ApplicationScoped
public class BatchWriter {
  private final AgroalDataSource dataSource;

  BatchWriter(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * @param events readable events, in the order read
   * @param deadLetters records that cannot be applied
   * @param offsets the next offset of each partition the batch read from
   */
  public Projected write(
      ViewGeneration generation,
      List<RecordedEvent> events,
      List<DeadLetter> deadLetters,
      Collection<PartitionOffset> offsets) {
    return Jdbc.inTransaction(
        dataSource,
        false,
        connection -> {
          long changeSeq = tick(connection, generation);
          var projected =
              ProjectEvents.apply(
                  events, new JdbcViewStore(connection, generation.schema(), changeSeq));
          count(connection, generation, projected.applied().size());
          DeadLetterRows.insert(connection, deadLetters);
          Offsets.save(connection, generation.schema(), offsets);
          return projected;
        });
  }

  /** The offsets a generation has applied; empty for partitions it has not read yet. */
  public List<PartitionOffset> offsets(ViewGeneration generation) {
    return Jdbc.read(dataSource, connection -> Offsets.of(connection, generation));
  }

  private static long tick(Connection connection, ViewGeneration generation) throws SQLException {
    try (var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "update "
                    + generation.schema()
                    + ".clock set position = position + 1"
                    + " returning position")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static void count(Connection connection, ViewGeneration generation, int applied)
      throws SQLException {
    if (applied == 0) {
      return;
    }
    try (var statement =
        connection.prepareStatement(
            "update " + generation.schema() + ".clock set events = events + ?")) {
      statement.setLong(1, applied);
      statement.executeUpdate();
    }
  }
}
