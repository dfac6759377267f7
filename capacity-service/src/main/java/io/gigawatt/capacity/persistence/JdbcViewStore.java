package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.application.DatedDelta;
import io.gigawatt.capacity.application.ViewStore;
import io.gigawatt.capacity.domain.ContractState;
import io.gigawatt.capacity.domain.Level;
import io.gigawatt.capacity.domain.RegionTotals;
import io.gigawatt.capacity.domain.SiteState;
import io.gigawatt.events.EventJson;
import io.gigawatt.support.messaging.RecordedEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A generation's tables, reached through the batch's connection with few round trips whatever the
 * batch's size: reads are set-based (ids bound as an array), and every write of the batch is
 * buffered, copied into a staging table at once and applied by one multi-statement ({@link
 * #flush}). Region totals come from the {@link RegionCache} when no other batch came between.
 */
final class JdbcViewStore implements ViewStore {
  private static final int COPY_FROM_ROWS = 500;

  private final Connection connection;
  private final String schema;
  private final long changeSeq;
  private final Map<String, RegionTotals> cachedRegions;
  private final Map<String, RegionTotals> regionsSeen = new HashMap<>();
  private final Map<String, Set<String>> coveringBySite = new HashMap<>();
  private final List<String[]> staged = new ArrayList<>();

  /**
   * @param cachedRegions the totals of the batch before, when known; null to read them
   */
  JdbcViewStore(
      Connection connection,
      String schema,
      long changeSeq,
      Map<String, RegionTotals> cachedRegions) {
    this.connection = connection;
    this.schema = schema;
    this.changeSeq = changeSeq;
    this.cachedRegions = cachedRegions;
  }

  /** The region totals this batch read or wrote, for the next batch's cache. */
  Map<String, RegionTotals> regionsSeen() {
    return regionsSeen;
  }

  @Override
  public List<RecordedEvent> recordNew(List<RecordedEvent> events) {
    Map<String, RecordedEvent> byKey = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    for (RecordedEvent e : events) {
      if (byKey.putIfAbsent(key(e.event().aggregateId(), e.sequence()), e) == null) {
        rows.add(
            new String[] {
              e.event().aggregateId(),
              Long.toString(e.sequence()),
              e.eventId(),
              e.type(),
              e.event().occurredOn().toString(),
              e.recordedAt() == null ? null : e.recordedAt().toString(),
              EventJson.write(e.event())
            });
      }
    }
    Set<String> stored = new HashSet<>();
    withRows(
        "staged_fact",
        rows,
        source ->
            "insert into "
                + schema
                + ".fact (aggregate_id, sequence, event_id, type, occurred_on, recorded_at, data)"
                + " select aggregate_id, sequence::bigint, event_id, type, occurred_on::date,"
                + " recorded_at::timestamptz, data::json from "
                + source
                + " on conflict do nothing returning aggregate_id, sequence",
        statement -> {
          try (var result = statement.executeQuery()) {
            while (result.next()) {
              stored.add(key(result.getString(1), result.getLong(2)));
            }
          }
        });
    return events.stream()
        .filter(e -> stored.remove(key(e.event().aggregateId(), e.sequence())))
        .toList();
  }

  /** Reads the sites and, in the same round trip, the contracts that name each of them. */
  @Override
  public Map<String, SiteState> sites(Collection<String> siteIds) {
    Map<String, SiteState> found = new HashMap<>();
    select(
        "select id, s.state,"
            + " (select array_agg(contract_id) from %1$s.contract_site c where c.site_id = id)"
            + " from unnest(?::text[]) as id left join %1$s.site s on s.site_id = id",
        siteIds,
        rows -> {
          String id = rows.getString(1);
          if (rows.getString(2) != null) {
            found.put(id, ViewJson.read(rows.getString(2), SiteState.class));
          }
          var contracts = rows.getArray(3);
          coveringBySite.put(
              id, contracts == null ? Set.of() : Set.of((String[]) contracts.getArray()));
        });
    return found;
  }

  @Override
  public Map<String, ContractState> contracts(Collection<String> contractIds) {
    Map<String, ContractState> found = new HashMap<>();
    select(
        "select contract_id, state from %s.contract where contract_id = any(?::text[])",
        contractIds,
        rows ->
            found.put(rows.getString(1), ViewJson.read(rows.getString(2), ContractState.class)));
    return found;
  }

  @Override
  public Set<String> contractsCovering(Collection<String> siteIds) {
    Set<String> contracts = new HashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String siteId : siteIds) {
      var covering = coveringBySite.get(siteId);
      if (covering == null) {
        unknown.add(siteId);
      } else {
        contracts.addAll(covering);
      }
    }
    select(
        "select distinct contract_id from %s.contract_site where site_id = any(?::text[])",
        unknown, rows -> contracts.add(rows.getString(1)));
    return contracts;
  }

  @Override
  public Set<String> sitesCoveredBy(Collection<String> contractIds) {
    Set<String> sites = new HashSet<>();
    select(
        "select distinct site_id from %s.contract_site where contract_id = any(?::text[])",
        contractIds, rows -> sites.add(rows.getString(1)));
    return sites;
  }

  @Override
  public void cover(Map<String, Set<String>> sitesByContract) {
    sitesByContract.forEach(
        (contract, sites) -> sites.forEach(site -> stage("coverage", site, contract)));
  }

  @Override
  public void saveSites(Collection<SiteState> sites) {
    sites.forEach(site -> stage("site", site.siteId(), ViewJson.write(site)));
  }

  @Override
  public void addDated(Collection<DatedDelta> deltas) {
    deltas.forEach(
        d ->
            stage(
                "dated",
                d.region(),
                d.metric(),
                d.on().toString(),
                d.knownAt().toString(),
                d.amount().toPlainString()));
  }

  @Override
  public void namePrograms(Map<String, String> names) {
    names.forEach((code, name) -> stage("program", code, name));
  }

  @Override
  public void saveContracts(Collection<ContractState> contracts) {
    contracts.forEach(c -> stage("contract", c.contractId(), ViewJson.write(c)));
  }

  @Override
  public Map<String, RegionTotals> regions(Collection<String> codes) {
    Map<String, RegionTotals> regions = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (String code : codes) {
      RegionTotals cached = cachedRegions == null ? null : cachedRegions.get(code);
      if (cached != null) {
        regions.put(code, cached);
      } else {
        missing.add(code);
      }
    }
    select(
        "select code, totals from %s.region where code = any(?::text[])",
        missing,
        rows -> {
          String code = rows.getString(1);
          regions.put(code, new RegionTotals(code, ViewJson.amounts(rows.getString(2))));
        });
    regionsSeen.putAll(regions);
    return regions;
  }

  @Override
  public void saveRegions(Collection<RegionTotals> regions) {
    for (RegionTotals region : regions) {
      regionsSeen.put(region.code(), region);
      stage(
          "region",
          region.code(),
          ViewJson.write(region.metrics()),
          Level.ofCode(region.code()).orElseThrow().apiName());
    }
  }

  /** Writes everything the batch buffered, in one statement. */
  void flush() {
    if (staged.isEmpty()) {
      return;
    }
    withRows(
        "staged_row",
        staged,
        source ->
            """
            with written as (select * from %3$s),
            sites as (
              insert into %1$s.site (site_id, state)
              select a, b::json from written where kind = 'site'
              on conflict (site_id) do update set state = excluded.state returning 1),
            contracts as (
              insert into %1$s.contract (contract_id, state)
              select a, b::json from written where kind = 'contract'
              on conflict (contract_id) do update set state = excluded.state returning 1),
            coverage as (
              insert into %1$s.contract_site (site_id, contract_id)
              select a, b from written where kind = 'coverage'
              on conflict do nothing returning 1),
            programs as (
              insert into %1$s.program (code, name)
              select a, b from written where kind = 'program'
              on conflict do nothing returning 1),
            history as (
              insert into %1$s.region_dated (code, metric, on_date, known_at, amount)
              select a, b, c::date, d::timestamptz, e::numeric from written where kind = 'dated'
              on conflict (code, on_date, metric, known_at) do update
              set amount = region_dated.amount + excluded.amount returning 1),
            daily as (
              insert into %1$s.region_daily (code, metric, on_date, amount)
              select a, b, c::date, sum(e::numeric) from written where kind = 'dated'
              group by a, b, c
              on conflict (code, on_date, metric) do update
              set amount = region_daily.amount + excluded.amount returning 1)
            insert into %1$s.region (code, level, totals, change_seq)
            select a, c, b::jsonb, %2$d from written where kind = 'region'
            on conflict (code) do update
            set totals = excluded.totals, change_seq = excluded.change_seq
            """
                .formatted(schema, changeSeq, source),
        statement -> statement.execute());
  }

  /**
   * Runs a statement over rows of text columns, named {@code table} in it: a small batch binds them
   * as arrays ({@code unnest}), a large one copies them into a staging table first (COPY is cheaper
   * per row, but emptying the table costs each commit a few milliseconds).
   */
  private void withRows(String table, List<String[]> rows, Function<String, String> sql, Use body) {
    String columns = StagingTables.columns(table);
    if (rows.size() > COPY_FROM_ROWS) {
      run(
          sql.apply(table),
          statement -> {
            copy(table, rows);
            body.run(statement);
            return null;
          });
      return;
    }
    String[] names = columns.split(", ");
    String arrays = String.join(", ", Collections.nCopies(names.length, "?::text[]"));
    run(
        sql.apply("unnest(" + arrays + ") as " + table + " (" + columns + ")"),
        statement -> {
          for (int column = 0; column < names.length; column++) {
            int at = column;
            statement.setArray(
                column + 1,
                connection.createArrayOf("text", rows.stream().map(row -> row[at]).toArray()));
          }
          body.run(statement);
          return null;
        });
  }

  /** Buffers one row of the batch's writes: its kind, then up to five text columns. */
  private void stage(String kind, String... columns) {
    String[] row = new String[6];
    row[0] = kind;
    System.arraycopy(columns, 0, row, 1, columns.length);
    staged.add(row);
  }

  /** Runs a query for a set of ids; nothing when the set is empty. */
  private void select(String template, Collection<String> ids, Row row) {
    if (ids.isEmpty()) {
      return;
    }
    sql(
        template,
        statement -> {
          statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              row.read(rows);
            }
          }
          return null;
        });
  }

  /** Copies rows into a staging table, from which one statement then inserts or upserts them. */
  private void copy(String table, List<String[]> rows) throws SQLException {
    StagingTables.ensure(connection);
    CopyIn.rows(connection, table, StagingTables.columns(table), rows);
  }

  /** Runs SQL whose {@code %s} is the generation's schema. */
  private <R> R sql(String template, Statement<R> body) {
    return run(template.formatted(schema), body);
  }

  private <R> R run(String sql, Statement<R> body) {
    try (var statement = connection.prepareStatement(sql)) {
      return body.run(statement);
    } catch (SQLException e) {
      throw new ViewStoreException(e);
    }
  }

  private static String key(String aggregateId, long sequence) {
    return aggregateId + '#' + sequence;
  }

  @FunctionalInterface
  interface Statement<R> {
    R run(PreparedStatement statement) throws SQLException;
  }

  @FunctionalInterface
  interface Use {
    void run(PreparedStatement statement) throws SQLException;
  }

  @FunctionalInterface
  interface Row {
    void read(ResultSet rows) throws SQLException;
  }
}
