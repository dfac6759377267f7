package io.gigawatt.capacity.persistence;

import io.agroal.api.AgroalDataSource;
import io.gigawatt.capacity.application.ViewGeneration;
import io.gigawatt.capacity.domain.Level;
import io.gigawatt.capacity.domain.RegionTotals;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Time travel: the regions' figures summed from their dated history, as of a business date and as
 * known at a record time, each optional. One statement each, so a read sees one state.
 */
@ApplicationScoped
public class DatedReads {
  private final AgroalDataSource dataSource;

  DatedReads(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** One dated change of a region's metric, for timelines. */
  public record Step(String code, LocalDate on, String metric, BigDecimal amount) {}

  /** The totals of every stored region of these levels, and the world's, as of / known at. */
  public Map<String, RegionTotals> levels(
      ViewGeneration generation, Collection<Level> levels, LocalDate asOf, OffsetDateTime knownAt) {
    Map<String, RegionTotals> all = totals(generation, "true", null, asOf, knownAt);
    all.keySet()
        .removeIf(
            code -> {
              Level level = Level.ofCode(code).orElse(null);
              return level != Level.WORLD && !levels.contains(level);
            });
    return all;
  }

  /** The totals of these regions (and nothing else), as of / known at. */
  public Map<String, RegionTotals> codes(
      ViewGeneration generation, Collection<String> codes, LocalDate asOf, OffsetDateTime knownAt) {
    return totals(generation, "code = any(?)", List.copyOf(codes), asOf, knownAt);
  }

  /** The dated changes of these regions, known at {@code knownAt}, oldest first. */
  public List<Step> steps(
      ViewGeneration generation, Collection<String> codes, OffsetDateTime knownAt) {
    return Jdbc.read(
        dataSource,
        connection -> {
          try (var statement =
              connection.prepareStatement(
                  "select code, on_date, metric, sum(amount) from "
                      + history(generation, knownAt)
                      + " where code = any(?) and "
                      + known(knownAt)
                      + " group by code, on_date, metric order by on_date")) {
            statement.setArray(1, connection.createArrayOf("text", codes.toArray()));
            if (knownAt != null) {
              statement.setTimestamp(2, timestamp(knownAt));
            }
            try (var rows = statement.executeQuery()) {
              List<Step> steps = new ArrayList<>();
              while (rows.next()) {
                steps.add(
                    new Step(
                        rows.getString(1),
                        rows.getDate(2).toLocalDate(),
                        rows.getString(3),
                        rows.getBigDecimal(4)));
              }
              return steps;
            }
          }
        });
  }

  /**
   * @param which the condition on {@code code}; with a {@code ?} bound to {@code values} unless
   *     null
   */
  private Map<String, RegionTotals> totals(
      ViewGeneration generation,
      String which,
      List<String> values,
      LocalDate asOf,
      OffsetDateTime knownAt) {
    return Jdbc.read(
        dataSource,
        connection -> {
          try (var statement =
              connection.prepareStatement(
                  "select code, metric, sum(amount) from "
                      + history(generation, knownAt)
                      + " where "
                      + which
                      + " and on_date <= ? and "
                      + known(knownAt)
                      + " group by code, metric")) {
            int at = 1;
            if (values != null) {
              statement.setArray(at++, connection.createArrayOf("text", values.toArray()));
            }
            statement.setDate(at++, Date.valueOf(asOf == null ? LocalDate.of(9999, 12, 31) : asOf));
            if (knownAt != null) {
              statement.setTimestamp(at, timestamp(knownAt));
            }
            try (var rows = statement.executeQuery()) {
              Map<String, Map<String, BigDecimal>> sums = new TreeMap<>();
              while (rows.next()) {
                sums.computeIfAbsent(rows.getString(1), c -> new HashMap<>())
                    .put(rows.getString(2), rows.getBigDecimal(3));
              }
              Map<String, RegionTotals> totals = new TreeMap<>();
              sums.forEach(
                  (code, metrics) -> totals.put(code, RegionTotals.empty(code).plus(metrics)));
              return totals;
            }
          }
        });
  }

  /** Without {@code knownAt}, everything known now: the history summed over record times. */
  private static String history(ViewGeneration generation, OffsetDateTime knownAt) {
    return generation.schema() + (knownAt == null ? ".region_daily" : ".region_dated");
  }

  private static String known(OffsetDateTime knownAt) {
    return knownAt == null ? "true" : "known_at <= ?";
  }

  private static Timestamp timestamp(OffsetDateTime knownAt) {
    return Timestamp.from(knownAt.toInstant());
  }
}
