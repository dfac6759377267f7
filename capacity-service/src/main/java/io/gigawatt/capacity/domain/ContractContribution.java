package io.gigawatt.capacity.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What an active contract adds: it counts once in each country and subdivision of the known sites
 * it covers, with its value and committed MW split in proportion to those sites' planned MW (parts
 * add up exactly), and once, whole, in the world and in its program. A contract without sites
 * counts in its buyer's home country; one whose sites are all unknown yet counts nowhere but in its
 * program. A cancelled site keeps its weight while the contract still names it.
 */
public final class ContractContribution {
  private static final int MW_SCALE = 6;

  private ContractContribution() {}

  /**
   * @param sites the covered sites on the same date; null for one not known (or not announced) then
   */
  public static Contribution of(ContractSnapshot contract, Function<String, SiteSnapshot> sites) {
    if (contract == null) {
      return Contribution.NONE;
    }
    var contribution = Contribution.builder();
    Programs.code(contract.profile().program())
        .ifPresent(program -> addWhole(contribution, contract, List.of(program)));
    List<String> siteIds = contract.siteIds();
    if (siteIds.isEmpty()) {
      contract
          .profile()
          .buyerCountry()
          .ifPresent(c -> addWhole(contribution, contract, List.of(c, Level.WORLD_CODE)));
      return contribution.build();
    }
    List<SiteSnapshot> known = siteIds.stream().map(sites).filter(Objects::nonNull).toList();
    if (!known.isEmpty()) {
      split(contribution, contract, known);
    }
    return contribution.build();
  }

  /** The contract's figures on each business date they change on (its own, or its sites'). */
  public static DatedContribution dated(ContractState contract, Map<String, SiteState> sites) {
    Set<LocalDate> dates = new TreeSet<>(contract.dates());
    for (String siteId : contract.allSiteIds()) {
      SiteState site = sites.get(siteId);
      if (site != null) {
        dates.addAll(site.dates());
      }
    }
    Map<LocalDate, Contribution> byDate = new TreeMap<>();
    for (LocalDate day : dates) {
      byDate.put(
          day,
          of(contract.asOf(day), id -> sites.containsKey(id) ? sites.get(id).asOf(day) : null));
    }
    return new DatedContribution(byDate);
  }

  private static void addWhole(
      Contribution.Builder contribution, ContractSnapshot contract, List<String> regions) {
    contribution
        .add(regions, Metric.CONTRACTS, BigDecimal.ONE)
        .add(regions, Metric.VALUE_USD, BigDecimal.valueOf(contract.valueUsd()))
        .add(regions, Metric.COMMITTED_MW, contract.committedMw());
  }

  private static void split(
      Contribution.Builder contribution, ContractSnapshot contract, List<SiteSnapshot> sites) {
    Map<String, BigDecimal> weights = weights(sites);
    Map<String, Long> values = Apportionment.split(contract.valueUsd(), weights);
    Map<String, Long> committed = Apportionment.split(microMw(contract), weights);
    Set<String> regionsCounted = new HashSet<>();
    for (SiteSnapshot site : sites) {
      for (String region : SiteContribution.regionsOf(site.profile())) {
        if (region.equals(Level.WORLD_CODE)) {
          continue;
        }
        if (regionsCounted.add(region)) {
          contribution.add(region, Metric.CONTRACTS, BigDecimal.ONE);
        }
        contribution.add(region, Metric.VALUE_USD, BigDecimal.valueOf(values.get(site.siteId())));
        contribution.add(
            region,
            Metric.COMMITTED_MW,
            BigDecimal.valueOf(committed.get(site.siteId()), MW_SCALE));
      }
    }
    addWhole(contribution, contract, List.of(Level.WORLD_CODE));
  }

  /** Site id → weight: planned MW, or 1 each when no covered site has any. */
  private static Map<String, BigDecimal> weights(List<SiteSnapshot> sites) {
    boolean byCapacity = sites.stream().anyMatch(s -> s.plannedMw().signum() > 0);
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (SiteSnapshot site : sites) {
      weights.put(site.siteId(), byCapacity ? site.plannedMw() : BigDecimal.ONE);
    }
    return weights;
  }

  private static long microMw(ContractSnapshot contract) {
    return contract
        .committedMw()
        .setScale(MW_SCALE, RoundingMode.HALF_UP)
        .unscaledValue()
        .longValueExact();
  }
}
