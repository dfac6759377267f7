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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies one batch of records to a generation in one transaction: the changes, the dead letters
 * and the next offsets commit together, so after a crash the batch is either wholly there or read
 * again. The batch first takes the generation's clock row lock: batches of every replica apply one
 * at a time, and a batch's change sequence orders it among them.
 */
@ApplicationScoped
public class BatchWriter {
  private final AgroalDataSource dataSource;
  private final Map<Integer, RegionCache> caches = new ConcurrentHashMap<>();

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
        connection -> {
          long changeSeq = tick(connection, generation, offsets);
          RegionCache cache = caches.computeIfAbsent(generation.id(), id -> new RegionCache());
          var store =
              new JdbcViewStore(
                  connection, generation.schema(), changeSeq, cache.before(changeSeq).orElse(null));
          try {
            var projected = ProjectEvents.apply(events, store);
            store.flush();
            DeadLetterRows.insert(connection, deadLetters);
            connection.commit();
            cache.committed(changeSeq, store.regionsSeen());
            return projected;
          } catch (SQLException | RuntimeException e) {
            cache.invalidate();
            throw e;
          }
        });
  }

  /** The offsets a generation has applied; empty for partitions it has not read yet. */
  public List<PartitionOffset> offsets(ViewGeneration generation) {
    return Jdbc.read(dataSource, connection -> Offsets.of(connection, generation));
  }

  /**
   * Takes the batch lock and the batch's change sequence, and stores the offsets the batch reads up
   * to: one round trip. The batch commits synchronously: the consumer reads on from where the batch
   * ended, so a batch lost in a database crash after its commit was confirmed would never be read
   * again (the chaos suite found such gaps with {@code synchronous_commit = off}).
   */
  private static long tick(
      Connection connection, ViewGeneration generation, Collection<PartitionOffset> offsets)
      throws SQLException {
    try (var statement = connection.createStatement()) {
      boolean rowsNext =
          statement.execute(
              Offsets.upsert(generation.schema(), offsets)
                  + " update "
                  + generation.schema()
                  + ".clock set position = position + 1 returning position");
      while (!rowsNext) {
        if (statement.getUpdateCount() == -1) {
          throw new SQLException("no clock row in " + generation.schema());
        }
        rowsNext = statement.getMoreResults();
      }
      try (var rows = statement.getResultSet()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
