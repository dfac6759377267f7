package io.gigawatt.eventstore.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Plain SQL on the pooled datasource, each statement in its own (auto-commit) transaction. */
@ApplicationScoped
public class TestSql {
  private final DataSource dataSource;

  TestSql(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public long count(String sql, Object... args) {
    var values = longs(sql, args);
    return values.isEmpty() ? 0 : values.get(0);
  }

  /** The first column of every row, as longs. */
  public List<Long> longs(String sql, Object... args) {
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      try (var result = statement.executeQuery()) {
        var values = new ArrayList<Long>();
        while (result.next()) {
          values.add(result.getLong(1));
        }
        return values;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  public int update(String sql, Object... args) {
    try (var connection = dataSource.getConnection();
        var statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
