package io.gigawatt.capacity.persistence;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction on a connection of the read model's database. */
final class Jdbc {
  private Jdbc() {}

  @FunctionalInterface
  interface Work<R> {
    R run(Connection connection) throws SQLException;
  }

  /** Commits what {@code work} did, or rolls it back when it throws. */
  static <R> R inTransaction(AgroalDataSource dataSource, Work<R> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        R result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new ViewStoreException(e);
    }
  }

  /** Runs one read in autocommit mode: a single statement sees one consistent snapshot. */
  static <R> R read(AgroalDataSource dataSource, Work<R> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new ViewStoreException(e);
    }
  }
}
