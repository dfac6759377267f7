package io.gigawatt.capacity.persistence;

import io.agroal.api.AgroalDataSource;
import io.gigawatt.capacity.application.ViewGeneration;
import io.gigawatt.capacity.domain.ContractState;
import io.gigawatt.capacity.domain.SiteState;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The stored states of a region's sites and contracts (the view's {@code site} and {@code contract}
 * tables), for the region's lists. One statement each; the caller sees them as of a date.
 */
@ApplicationScoped
public class RegionListReads {
  private static final String LOCATION = "state->'profile'->>'%s' = any(?::text[])";

  private final AgroalDataSource dataSource;

  RegionListReads(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The announced sites located in one of these countries (null: anywhere). */
  public List<SiteState> sitesInCountries(ViewGeneration generation, Collection<String> countries) {
    return sites(generation, "country", countries);
  }

  /** The announced sites located in this subdivision. */
  public List<SiteState> sitesInSubdivision(ViewGeneration generation, String subdivision) {
    return sites(generation, "subdivision", List.of(subdivision));
  }

  /**
   * The signed contracts that ever named or delivered to one of these sites, or that name a party
   * of one of these countries (null: every contract).
   */
  public List<ContractState> contracts(
      ViewGeneration generation, Collection<String> siteIds, Collection<String> countries) {
    String where =
        countries == null
            ? ""
            : " and (contract_id in (select contract_id from %1$s.contract_site"
                + " where site_id = any(?::text[]))"
                + " or exists (select 1 from json_array_elements(state->'profile'->'parties') p"
                + " where p->>'country' = any(?::text[])))";
    return states(
        "select state from %1$s.contract where json_typeof(state->'profile') = 'object'" + where,
        generation,
        ContractState.class,
        countries == null ? List.of() : List.of(siteIds, countries));
  }

  private List<SiteState> sites(
      ViewGeneration generation, String field, Collection<String> values) {
    return states(
        "select state from %1$s.site where json_typeof(state->'profile') = 'object'"
            + (values == null ? "" : " and " + LOCATION.formatted(field)),
        generation,
        SiteState.class,
        values == null ? List.of() : List.of(values));
  }

  private <T> List<T> states(
      String sql, ViewGeneration generation, Class<T> type, List<Collection<String>> arrays) {
    return Jdbc.read(
        dataSource,
        connection -> {
          try (var statement = connection.prepareStatement(sql.formatted(generation.schema()))) {
            for (int i = 0; i < arrays.size(); i++) {
              statement.setArray(
                  i + 1, connection.createArrayOf("text", arrays.get(i).toArray(String[]::new)));
            }
            try (var rows = statement.executeQuery()) {
              List<T> states = new ArrayList<>();
              while (rows.next()) {
                states.add(ViewJson.read(rows.getString(1), type));
              }
              return states;
            }
          }
        });
  }
}
