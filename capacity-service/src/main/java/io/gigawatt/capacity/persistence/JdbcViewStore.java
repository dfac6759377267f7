package io.gigawatt.capacity.persistence;

import io.gigawatt.capacity.application.Tracked;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A generation's tables, reached through the batch's connection: set-based statements (one per
 * call, arrays bound as parameters), so a batch costs a dozen round trips whatever its size.
 */
final class JdbcViewStore implements ViewStore {
  private final Connection connection;
  private final String schema;
  private final long changeSeq;

  JdbcViewStore(Connection connection, String schema, long changeSeq) {
    this.connection = connection;
    this.schema = schema;
    this.changeSeq = changeSeq;
  }

  @Override
  public List<RecordedEvent> recordNew(List<RecordedEvent> events) {
    Map<String, RecordedEvent> byKey = new HashMap<>();
    List<RecordedEvent> candidates = new ArrayList<>();
    for (RecordedEvent e : events) {
      if (byKey.putIfAbsent(key(e.event().aggregateId(), e.sequence()), e) == null) {
        candidates.add(e);
      }
    }
    Set<String> stored = new HashSet<>();
    sql(
        "insert into %s.fact (aggregate_id, sequence, event_id, type, occurred_on, recorded_at, data)"
            + " select aggregate_id, sequence::bigint, event_id, type, occurred_on::date,"
            + " recorded_at::timestamptz, data::json"
            + " from staged_fact on conflict do nothing returning aggregate_id, sequence",
        statement -> {
          stage(
              "staged_fact",
              "aggregate_id, sequence, event_id, type, occurred_on, recorded_at, data",
              candidates.stream()
                  .map(
                      e ->
                          new String[] {
                            e.event().aggregateId(),
                            Long.toString(e.sequence()),
                            e.eventId(),
                            e.type(),
                            e.event().occurredOn().toString(),
                            e.recordedAt() == null ? null : e.recordedAt().toString(),
                            EventJson.write(e.event())
                          })
                  .toList());
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              stored.add(key(rows.getString(1), rows.getLong(2)));
            }
          }
          return null;
        });
    return candidates.stream()
        .filter(e -> stored.contains(key(e.event().aggregateId(), e.sequence())))
        .toList();
  }

  @Override
  public Map<String, SiteState> sites(Collection<String> siteIds) {
    Map<String, SiteState> found = new HashMap<>();
    select(
        "select site_id, state from %s.site where site_id = any(?::text[])",
        siteIds,
        rows -> found.put(rows.getString(1), ViewJson.read(rows.getString(2), SiteState.class)));
    return found;
  }

  @Override
  public Map<String, Tracked<ContractState>> contracts(Collection<String> contractIds) {
    Map<String, Tracked<ContractState>> found = new HashMap<>();
    select(
        "select contract_id, state, contribution from %s.contract"
            + " where contract_id = any(?::text[])",
        contractIds,
        rows ->
            found.put(
                rows.getString(1),
                new Tracked<>(
                    ViewJson.read(rows.getString(2), ContractState.class),
                    ViewJson.contribution(rows.getString(3)))));
    return found;
  }

  @Override
  public Set<String> contractsCovering(Collection<String> siteIds) {
    Set<String> contracts = new HashSet<>();
    select(
        "select distinct contract_id from %s.contract_site where site_id = any(?::text[])",
        siteIds, rows -> contracts.add(rows.getString(1)));
    return contracts;
  }

  @Override
  public void cover(Map<String, Set<String>> sitesByContract) {
    List<String[]> pairs = new ArrayList<>();
    sitesByContract.forEach(
        (contract, sites) -> sites.forEach(site -> pairs.add(new String[] {site, contract})));
    if (pairs.isEmpty()) {
      return;
    }
    sql(
        "insert into %s.contract_site (site_id, contract_id)"
            + " select site_id, contract_id from staged_coverage on conflict do nothing",
        statement -> {
          stage("staged_coverage", "site_id, contract_id", pairs);
          return statement.executeUpdate();
        });
  }

  @Override
  public void saveSites(Collection<SiteState> sites) {
    if (sites.isEmpty()) {
      return;
    }
    sql(
        "insert into %s.site (site_id, state) select id, state::json from staged_site"
            + " on conflict (site_id) do update set state = excluded.state",
        statement -> {
          stage(
              "staged_site",
              "id, state",
              sites.stream().map(s -> new String[] {s.siteId(), ViewJson.write(s)}).toList());
          return statement.executeUpdate();
        });
  }

  @Override
  public void saveContracts(Collection<Tracked<ContractState>> contracts) {
    if (contracts.isEmpty()) {
      return;
    }
    sql(
        "insert into %s.contract (contract_id, state, contribution)"
            + " select id, state::json, contribution::json from staged_contract"
            + " on conflict (contract_id) do update"
            + " set state = excluded.state, contribution = excluded.contribution",
        statement -> {
          stage(
              "staged_contract",
              "id, state, contribution",
              contracts.stream()
                  .map(
                      c ->
                          new String[] {
                            c.state().contractId(),
                            ViewJson.write(c.state()),
                            ViewJson.write(c.contribution())
                          })
                  .toList());
          return statement.executeUpdate();
        });
  }

  @Override
  public Map<String, RegionTotals> regions(Collection<String> codes) {
    Map<String, RegionTotals> regions = new HashMap<>();
    select(
        "select code, totals from %s.region where code = any(?::text[])",
        codes,
        rows -> {
          String code = rows.getString(1);
          regions.put(code, new RegionTotals(code, ViewJson.amounts(rows.getString(2))));
        });
    return regions;
  }

  @Override
  public void saveRegions(Collection<RegionTotals> regions) {
    if (regions.isEmpty()) {
      return;
    }
    List<RegionTotals> list = List.copyOf(regions);
    sql(
        "insert into %s.region (code, level, totals, change_seq)"
            + " select c, l, t::jsonb, ? from unnest(?::text[], ?::text[], ?::text[]) as r(c, l, t)"
            + " on conflict (code) do update"
            + " set totals = excluded.totals, change_seq = excluded.change_seq",
        statement -> {
          statement.setLong(1, changeSeq);
          bind(statement, 2, list, RegionTotals::code);
          bind(statement, 3, list, r -> Level.ofCode(r.code()).orElseThrow().apiName());
          bind(statement, 4, list, r -> ViewJson.write(r.metrics()));
          return statement.executeUpdate();
        });
  }

  /** Runs a query for a set of ids; nothing when the set is empty. */
  private void select(String template, Collection<String> ids, Row row) {
    if (ids.isEmpty()) {
      return;
    }
    sql(
        template,
        statement -> {
          statement.setArray(1, texts(ids));
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              row.read(rows);
            }
          }
          return null;
        });
  }

  /**
   * Copies rows into a temporary staging table of this session, emptied at commit, from which one
   * statement then inserts or upserts them.
   */
  private void stage(String table, String columns, List<String[]> rows) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute(
          "create temp table if not exists "
              + table
              + " ("
              + columns.replace(",", " text,")
              + " text) on commit delete rows");
    }
    CopyIn.rows(connection, table, columns, rows);
  }

  private <T> void bind(
      PreparedStatement statement, int index, List<T> rows, Function<T, String> column)
      throws SQLException {
    statement.setArray(index, texts(rows.stream().map(column).toList()));
  }

  private java.sql.Array texts(Collection<String> values) throws SQLException {
    return connection.createArrayOf("text", values.toArray());
  }

  private <R> R sql(String template, Statement<R> body) {
    try (var statement = connection.prepareStatement(template.formatted(schema))) {
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
  interface Row {
    void read(ResultSet rows) throws SQLException;
  }
}
