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
            + " select a, s::bigint, i, t, o::date, r::timestamptz, d::jsonb"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + " ?::text[]) as f(a, s, i, t, o, r, d)"
            + " on conflict do nothing returning aggregate_id, sequence",
        statement -> {
          bind(statement, 1, candidates, e -> e.event().aggregateId());
          bind(statement, 2, candidates, e -> Long.toString(e.sequence()));
          bind(statement, 3, candidates, RecordedEvent::eventId);
          bind(statement, 4, candidates, RecordedEvent::type);
          bind(statement, 5, candidates, e -> e.event().occurredOn().toString());
          bind(
              statement,
              6,
              candidates,
              e -> e.recordedAt() == null ? null : e.recordedAt().toString());
          bind(statement, 7, candidates, e -> EventJson.write(e.event()));
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
  public Map<String, Tracked<SiteState>> sites(Collection<String> siteIds) {
    return tracked("site", "site_id", siteIds, SiteState.class);
  }

  @Override
  public Map<String, Tracked<ContractState>> contracts(Collection<String> contractIds) {
    return tracked("contract", "contract_id", contractIds, ContractState.class);
  }

  @Override
  public Set<String> contractsCovering(Collection<String> siteIds) {
    Set<String> contracts = new HashSet<>();
    if (siteIds.isEmpty()) {
      return contracts;
    }
    sql(
        "select distinct contract_id from %s.contract_site where site_id = any(?::text[])",
        statement -> {
          statement.setArray(1, texts(siteIds));
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              contracts.add(rows.getString(1));
            }
          }
          return null;
        });
    return contracts;
  }

  @Override
  public void cover(String contractId, Collection<String> siteIds) {
    sql(
        "insert into %s.contract_site (site_id, contract_id)"
            + " select s, ? from unnest(?::text[]) as s on conflict do nothing",
        statement -> {
          statement.setString(1, contractId);
          statement.setArray(2, texts(siteIds));
          return statement.executeUpdate();
        });
  }

  @Override
  public void saveSites(Collection<Tracked<SiteState>> sites) {
    save("site", "site_id", sites, site -> site.state().siteId());
  }

  @Override
  public void saveContracts(Collection<Tracked<ContractState>> contracts) {
    save("contract", "contract_id", contracts, contract -> contract.state().contractId());
  }

  @Override
  public Map<String, RegionTotals> regions(Collection<String> codes) {
    Map<String, RegionTotals> regions = new HashMap<>();
    if (codes.isEmpty()) {
      return regions;
    }
    sql(
        "select code, totals from %s.region where code = any(?::text[])",
        statement -> {
          statement.setArray(1, texts(codes));
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              String code = rows.getString(1);
              regions.put(code, new RegionTotals(code, ViewJson.amounts(rows.getString(2))));
            }
          }
          return null;
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

  private <S> Map<String, Tracked<S>> tracked(
      String table, String idColumn, Collection<String> ids, Class<S> type) {
    Map<String, Tracked<S>> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    sql(
        "select "
            + idColumn
            + ", state, contribution from %s."
            + table
            + " where "
            + idColumn
            + " = any(?::text[])",
        statement -> {
          statement.setArray(1, texts(ids));
          try (var rows = statement.executeQuery()) {
            while (rows.next()) {
              found.put(
                  rows.getString(1),
                  new Tracked<>(
                      ViewJson.read(rows.getString(2), type),
                      ViewJson.contribution(rows.getString(3))));
            }
          }
          return null;
        });
    return found;
  }

  private <S> void save(
      String table, String idColumn, Collection<Tracked<S>> rows, Function<Tracked<S>, String> id) {
    if (rows.isEmpty()) {
      return;
    }
    List<Tracked<S>> list = List.copyOf(rows);
    sql(
        "insert into %s."
            + table
            + " ("
            + idColumn
            + ", state, contribution)"
            + " select i, s::jsonb, c::jsonb from unnest(?::text[], ?::text[], ?::text[]) as r(i, s, c)"
            + " on conflict ("
            + idColumn
            + ") do update"
            + " set state = excluded.state, contribution = excluded.contribution",
        statement -> {
          bind(statement, 1, list, id);
          bind(statement, 2, list, row -> ViewJson.write(row.state()));
          bind(statement, 3, list, row -> ViewJson.write(row.contribution()));
          return statement.executeUpdate();
        });
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
}
