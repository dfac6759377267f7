package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.application.ViewGeneration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/** Creates and drops the schema of a generation (db/view/schema.sql). */
final class ViewSchema {
  /**
   * The shape of the figures a generation holds. Raise it when a change needs the facts replayed: a
   * generation of an older model is rebuilt when the service starts.
   */
  static final int MODEL_VERSION = 4;

  private static final String DDL = load();

  private ViewSchema() {}

  static void create(Connection connection, ViewGeneration generation) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute(DDL.replace("${schema}", generation.schema()));
    }
  }

  static void drop(Connection connection, ViewGeneration generation) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute("drop schema if exists " + generation.schema() + " cascade");
    }
  }

  private static String load() {
    try (InputStream in = ViewSchema.class.getResourceAsStream("/db/view/schema.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
