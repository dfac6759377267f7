package io.gigawatt.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The PostgreSQL settings that decide what a commit costs. */
public record PostgresFacts(String version, Map<String, String> settings) {
  static final List<String> SETTINGS =
      List.of(
          "fsync",
          "synchronous_commit",
          "full_page_writes",
          "wal_sync_method",
          "commit_delay",
          "commit_siblings",
          "max_connections",
          "shared_buffers");

  public PostgresFacts {
    settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  static PostgresFacts read(Connection connection) throws SQLException {
    Map<String, String> values = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement()) {
      for (String setting : SETTINGS) {
        try (ResultSet rs = statement.executeQuery("SHOW " + setting)) {
          rs.next();
          values.put(setting, rs.getString(1));
        }
      }
    }
    return new PostgresFacts(connection.getMetaData().getDatabaseProductVersion(), values);
  }

  /** True when a commit waits for its WAL to reach the disk. */
  public boolean durable() {
    return "on".equals(settings.get("fsync")) && "on".equals(settings.get("synchronous_commit"));
  }
}
