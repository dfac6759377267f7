package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.application.PartitionOffset;
import io.gigawatt.capacity.application.ViewGeneration;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The Kafka positions a generation has applied, stored in its own schema with its changes. */
final class Offsets {
  private Offsets() {}

  static List<PartitionOffset> of(Connection connection, ViewGeneration generation)
      throws SQLException {
    List<PartitionOffset> offsets = new ArrayList<>();
    try (var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "select topic, partition, next_offset from "
                    + generation.schema()
                    + ".kafka_offset")) {
      while (rows.next()) {
        offsets.add(new PartitionOffset(rows.getString(1), rows.getInt(2), rows.getLong(3)));
      }
    }
    return offsets;
  }

  /**
   * A statement that moves the offsets forward (never back), with the values inlined: topic names
   * are quoted, partitions and offsets are numbers. Empty when there are none.
   */
  static String upsert(String schema, Collection<PartitionOffset> offsets) {
    if (offsets.isEmpty()) {
      return "";
    }
    String values =
        offsets.stream()
            .map(
                o ->
                    "('%s', %d, %d)"
                        .formatted(o.topic().replace("'", "''"), o.partition(), o.nextOffset()))
            .collect(Collectors.joining(", "));
    return " insert into "
        + schema
        + ".kafka_offset (topic, partition, next_offset) values "
        + values
        + " on conflict (topic, partition) do update"
        + " set next_offset = greatest(kafka_offset.next_offset, excluded.next_offset);";
  }

  /** True when {@code reader} has read at least as far as {@code reference} in every partition. */
  static boolean covers(Connection connection, ViewGeneration reader, ViewGeneration reference)
      throws SQLException {
    try (var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "select count(*) from "
                    + reference.schema()
                    + ".kafka_offset r"
                    + " left join "
                    + reader.schema()
                    + ".kafka_offset o"
                    + " using (topic, partition)"
                    + " where o.next_offset is null or o.next_offset < r.next_offset")) {
      rows.next();
      return rows.getLong(1) == 0;
    }
  }
}
