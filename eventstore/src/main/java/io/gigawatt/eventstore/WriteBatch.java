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

/**
 * Commits a group of writes in one transaction. A write loses (409) when its expected version is
 * not the stream's current one or another write of the group changes the same stream; one whose
 * Idempotency-Key is taken learns so. When a concurrent transaction wins a race the group could not
 * see coming ({@code unique(stream_id, version)}), each write of the group is committed alone.
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
      var admitted = admit(connection, writes);
      var records = admitted.stream().map(QueuedWrite::idempotency).filter(Objects::nonNull);
      var storedKeys = keys.insert(connection, records.toList());
      var taken = admitted.stream().filter(w -> w.key() != null && !storedKeys.contains(w.key()));
      var storing =
          admitted.stream().filter(w -> w.key() == null || storedKeys.contains(w.key())).toList();
      var recorded =
          storing.isEmpty()
              ? List.<List<RecordedEvent>>of()
              : events.insert(connection, storing.stream().map(QueuedWrite::append).toList());
      connection.commit();
      taken.forEach(w -> w.fail(new IdempotencyKeyTakenException(w.key()))); // a stream: read once
      for (int i = 0; i < storing.size(); i++) {
        storing.get(i).done().complete(recorded.get(i));
        appended.fire(EventsAppended.of(recorded.get(i)));
      }
    } catch (SQLException e) {
      connection.rollback();
      if (!EventRows.isVersionConflict(e)) {
        throw e;
      }
      if (writes.size() == 1) {
        writes.get(0).conflict();
        return;
      }
      for (var write : writes) {
        if (!write.done().isDone()) {
          commit(connection, List.of(write));
        }
      }
    }
  }

  private List<QueuedWrite> admit(Connection connection, List<QueuedWrite> writes)
      throws SQLException {
    var current = currentVersions(connection, writes);
    var streams = new HashSet<String>();
    var groupKeys = new HashSet<String>();
    var admitted = new ArrayList<QueuedWrite>();
    for (var write : writes) {
      int expected = write.append().expectedVersion();
      if (write.key() != null && groupKeys.contains(write.key())) {
        write.fail(new IdempotencyKeyTakenException(write.key()));
      } else if (expected > 0 && current.getOrDefault(write.streamId(), 0) != expected
          || !streams.add(write.streamId())) {
        write.conflict();
      } else {
        if (write.key() != null) {
          groupKeys.add(write.key());
        }
        admitted.add(write);
      }
    }
    return admitted;
  }

  /** Only streams written after a version are read; a new stream's race is the constraint's. */
  private Map<String, Integer> currentVersions(Connection connection, List<QueuedWrite> writes)
      throws SQLException {
    var existing =
        writes.stream()
            .filter(w -> w.append().expectedVersion() > 0)
            .map(QueuedWrite::streamId)
            .distinct()
            .toList();
    return existing.isEmpty() ? Map.of() : events.currentVersions(connection, existing);
  }
}
