package io.gigawatt.capacity.persistence;

import io.agroal.api.AgroalDataSource;
import io.gigawatt.capacity.application.ViewGeneration;
import io.gigawatt.capacity.domain.Level;
import io.gigawatt.capacity.domain.RegionTotals;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of the materialized view. Each read is one statement, so it sees one consistent state of
 * the view, and costs O(the regions asked for): it never touches the facts.
 */
@ApplicationScoped
public class RegionReads {
  private final AgroalDataSource dataSource;

  RegionReads(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A region's totals as of a batch of the view. */
  public record RegionRow(Level level, RegionTotals totals, long changeSeq) {}

  /** Every region of a level, and the world (first). */
  public List<RegionRow> level(ViewGeneration generation, Level level) {
    return rows(
        generation,
        "where level = ? or code = '"
            + Level.WORLD_CODE
            + "' order by code = '"
            + Level.WORLD_CODE
            + "' desc, code",
        statement -> statement.setString(1, level.apiName()));
  }

  /** The region, and the world (first); only the world when the region has no figures yet. */
  public List<RegionRow> region(ViewGeneration generation, String code) {
    return rows(
        generation,
        "where code in (?, '"
            + Level.WORLD_CODE
            + "') order by code = '"
            + Level.WORLD_CODE
            + "' desc",
        statement -> statement.setString(1, code));
  }

  /**
   * The regions changed by batches after {@code (changeSeq, code)}, in batch order, and the world
   * (first): what a live subscriber has not seen yet.
   */
  public List<RegionRow> changedAfter(ViewGeneration generation, long changeSeq, String code) {
    return rows(
        generation,
        "where (change_seq, code) > (?, ?) or code = '"
            + Level.WORLD_CODE
            + "'"
            + " order by code = '"
            + Level.WORLD_CODE
            + "' desc, change_seq, code",
        statement -> {
          statement.setLong(1, changeSeq);
          statement.setString(2, code);
        });
  }

  /** Program region code → the program's display name. */
  public Map<String, String> programNames(ViewGeneration generation) {
    return Jdbc.read(
        dataSource,
        connection -> {
          try (var statement = connection.createStatement();
              var rows =
                  statement.executeQuery(
                      "select code, name from " + generation.schema() + ".program")) {
            Map<String, String> names = new HashMap<>();
            while (rows.next()) {
              names.put(rows.getString(1), rows.getString(2));
            }
            return names;
          }
        });
  }

  /** True when the generation has applied the aggregate's event of that sequence. */
  public boolean applied(ViewGeneration generation, String aggregateId, long sequence) {
    return Jdbc.read(
        dataSource,
        connection -> {
          try (var statement =
              connection.prepareStatement(
                  "select 1 from "
                      + generation.schema()
                      + ".fact"
                      + " where aggregate_id = ? and sequence = ?")) {
            statement.setString(1, aggregateId);
            statement.setLong(2, sequence);
            try (var rows = statement.executeQuery()) {
              return rows.next();
            }
          }
        });
  }

  private List<RegionRow> rows(ViewGeneration generation, String where, Binder binder) {
    return Jdbc.read(
        dataSource,
        connection -> {
          try (var statement =
              connection.prepareStatement(
                  "select code, level, totals, change_seq from "
                      + generation.schema()
                      + ".region "
                      + where)) {
            binder.bind(statement);
            try (var rows = statement.executeQuery()) {
              List<RegionRow> regions = new ArrayList<>();
              while (rows.next()) {
                String code = rows.getString(1);
                regions.add(
                    new RegionRow(
                        Level.ofApiName(rows.getString(2)).orElseThrow(),
                        new RegionTotals(code, ViewJson.amounts(rows.getString(3))),
                        rows.getLong(4)));
              }
              return regions;
            }
          }
        });
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }
}
