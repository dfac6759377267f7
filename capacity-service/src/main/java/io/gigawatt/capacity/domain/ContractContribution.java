package io.gigawatt.capacity.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an active contract adds: it counts once in each country and subdivision of the known sites
 * it covers, with its value and committed MW split in proportion to those sites' planned MW (parts
 * add up exactly), and once, whole, in the world. A contract without sites counts in its buyer's
 * home country; one whose sites are all unknown yet counts nowhere. A cancelled site keeps its
 * weight while the contract still names it.
 */
public final class ContractContribution {
  private static final int MW_SCALE = 6;

  private ContractContribution() {}

  /**
   * @param sites the states of (at least) the sites the contract covers; absent = not known yet
   */
  public static Contribution of(ContractState contract, Map<String, SiteState> sites) {
    if (!contract.active()) {
      return Contribution.NONE;
    }
    List<String> siteIds = contract.currentSiteIds();
    if (siteIds.isEmpty()) {
      return contract
          .profile()
          .buyerCountry()
          .map(
              country ->
                  addWhole(Contribution.builder(), contract, List.of(country, Level.WORLD_CODE))
                      .build())
          .orElse(Contribution.NONE);
    }
    List<SiteState> known =
        siteIds.stream()
            .map(sites::get)
            .filter(Objects::nonNull)
            .filter(SiteState::announced)
            .toList();
    return known.isEmpty() ? Contribution.NONE : split(contract, known);
  }

  private static Contribution.Builder addWhole(
      Contribution.Builder contribution, ContractState contract, List<String> regions) {
    return contribution
        .add(regions, Metric.CONTRACTS, BigDecimal.ONE)
        .add(regions, Metric.VALUE_USD, BigDecimal.valueOf(contract.currentValueUsd()))
        .add(regions, Metric.COMMITTED_MW, contract.currentCommittedMw());
  }

  private static Contribution split(ContractState contract, List<SiteState> sites) {
    Map<String, BigDecimal> weights = weights(sites);
    Map<String, Long> values = Apportionment.split(contract.currentValueUsd(), weights);
    Map<String, Long> committed = Apportionment.split(microMw(contract), weights);
    var contribution = Contribution.builder();
    Set<String> regionsCounted = new HashSet<>();
    for (SiteState site : sites) {
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
    return addWhole(contribution, contract, List.of(Level.WORLD_CODE)).build();
  }

  /** Site id → weight: planned MW, or 1 each when no covered site has any. */
  private static Map<String, BigDecimal> weights(List<SiteState> sites) {
    boolean byCapacity = sites.stream().anyMatch(s -> s.currentPlannedMw().signum() > 0);
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (SiteState site : sites) {
      weights.put(site.siteId(), byCapacity ? site.currentPlannedMw() : BigDecimal.ONE);
    }
    return weights;
  }

  private static long microMw(ContractState contract) {
    return contract
        .currentCommittedMw()
        .setScale(MW_SCALE, RoundingMode.HALF_EVEN)
        .unscaledValue()
        .longValueExact();
  }
}
