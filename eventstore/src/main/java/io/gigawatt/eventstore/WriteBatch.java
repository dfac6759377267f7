package io.gigawatt.eventstore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Commits a group of writes in one transaction. A write loses (409) when its expected version is
 * not the stream's current one or another write of the group changes the same stream. A write whose
 * Idempotency-Key is taken learns what the key holds, read after the commit. When a concurrent
 * transaction wins a race the group could not see coming ({@code unique(stream_id, version)}), each
 * write of the group is committed alone.
 */
@ApplicationScoped
class WriteBatch {
  private final EventRows events;
  private final IdempotencyRows keys;
  private final Event<EventsAppended> appended;

  WriteBatch(EventRows events, IdempotencyRows keys, Event<EventsAppended> appended) {
    this.events = events;
    this.keys = keys;
    this.appended = appended;
  }

  void commit(Connection connection, List<QueuedWrite> writes) throws SQLException {
    try {
      var taken = new ArrayList<QueuedWrite>();
      var admitted = admit(connection, writes, taken);
      var records = admitted.stream().map(QueuedWrite::idempotency).filter(Objects::nonNull);
      var storedKeys = keys.insert(connection, records.toList());
      var storing = new ArrayList<QueuedWrite>();
      for (var write : admitted) {
        (write.key() == null || storedKeys.contains(write.key()) ? storing : taken).add(write);
      }
      var recorded =
          storing.isEmpty()
              ? List.<List<RecordedEvent>>of()
              : events.insert(connection, storing.stream().map(QueuedWrite::append).toList());
      connection.commit();
      for (int i = 0; i < storing.size(); i++) {
        storing.get(i).done().complete(recorded.get(i));
        appended.fire(EventsAppended.of(recorded.get(i)));
      }
      if (!taken.isEmpty()) {
        answerTaken(connection, taken);
      }
    } catch (SQLException e) {
      connection.rollback();
      if (!EventRows.isVersionConflict(e)) {
        throw e;
      }
      if (writes.size() == 1) {
        var stream = writes.get(0).streamId();
        writes
            .get(0)
            .conflict(currentVersions(connection, List.of(stream)).getOrDefault(stream, 0));
        connection.commit();
        return;
      }
      for (var write : writes) {
        if (!write.done().isDone()) {
          commit(connection, List.of(write));
        }
      }
    }
  }

  private List<QueuedWrite> admit(
      Connection connection, List<QueuedWrite> writes, List<QueuedWrite> taken)
      throws SQLException {
    var current =
        currentVersions(
            connection,
            writes.stream()
                .filter(w -> w.append().expectedVersion() > 0)
                .map(QueuedWrite::streamId)
                .distinct()
                .toList());
    var streams = new HashSet<String>();
    var groupKeys = new HashSet<String>();
    var admitted = new ArrayList<QueuedWrite>();
    for (var write : writes) {
      int expected = write.append().expectedVersion();
      int found = current.getOrDefault(write.streamId(), 0);
      if (write.key() != null && groupKeys.contains(write.key())) {
        taken.add(write);
      } else if (expected > 0 && found != expected) {
        write.conflict(found);
      } else if (!streams.add(write.streamId())) {
        write.fail(new ConcurrencyConflictException(write.streamId(), expected));
      } else {
        if (write.key() != null) {
          groupKeys.add(write.key());
        }
        admitted.add(write);
      }
    }
    return admitted;
  }

  private void answerTaken(Connection connection, List<QueuedWrite> taken) throws SQLException {
    var stored = keys.find(connection, taken.stream().map(QueuedWrite::key).distinct().toList());
    connection.commit();
    for (var write : taken) {
      var key = write.key();
      write.fail(new IdempotencyKeyTakenException(key, Optional.ofNullable(stored.get(key))));
    }
  }

  /** Only streams written after a version are read; a new stream's race is the constraint's. */
  private Map<String, Integer> currentVersions(Connection connection, List<String> streamIds)
      throws SQLException {
    return streamIds.isEmpty() ? Map.of() : events.currentVersions(connection, streamIds);
  }
}
