package io.gigawatt.capacity.domain;

import io.gigawatt.events.Countries;
import io.gigawatt.events.GpuCatalog;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Running, unrounded totals of one region (or of the world). */
final class Tally {
  private final long[] sitesByStatus = new long[SiteStatus.values().length];
  private double plannedMw;
  private double underConstructionMw;
  private double energizedMw;
  private long contracts;
  private long valueUsd;
  private double committedMw;
  private long gpus;
  private double h100e;
  private double bf16Pflops;
  private double gpuPowerMw;
  private final Map<String, Long> byModel = new HashMap<>();

  /** A cancelled site counts in its status only: its planned and energized MW no longer count. */
  void addSite(Site site) {
    sitesByStatus[site.status().ordinal()]++;
    if (site.cancelled()) {
      return;
    }
    plannedMw += site.plannedMw();
    energizedMw += site.energizedMw();
    if (site.status() == SiteStatus.UNDER_CONSTRUCTION) {
      underConstructionMw += site.plannedMw();
    }
  }

  void addContract(long valueUsd, double committedMw) {
    this.contracts++;
    this.valueUsd += valueUsd;
    this.committedMw += committedMw;
  }

  /** GPUs of a model the catalog does not know count as delivered but add no compute or power. */
  void addGpus(String model, long count) {
    gpus += count;
    byModel.merge(model, count, Long::sum);
    GpuCatalog.find(model)
        .ifPresent(
            m -> {
              h100e += m.h100Equivalents(count);
              bf16Pflops += m.bf16Pflops(count);
              gpuPowerMw += m.powerMw(count);
            });
  }

  Figures figures() {
    return new Figures(
        new SiteCounts(
            sitesByStatus[SiteStatus.ANNOUNCED.ordinal()],
            sitesByStatus[SiteStatus.UNDER_CONSTRUCTION.ordinal()],
            sitesByStatus[SiteStatus.OPERATIONAL.ordinal()],
            sitesByStatus[SiteStatus.CANCELLED.ordinal()]),
        new PowerMw(
            Round.tenths(plannedMw), Round.tenths(underConstructionMw), Round.tenths(energizedMw)),
        new ContractFigures(contracts, valueUsd, Round.tenths(committedMw)),
        new GpuFigures(
            gpus,
            Round.tenths(h100e),
            Round.tenths(bf16Pflops),
            Round.tenths(gpuPowerMw),
            sortedByModel()));
  }

  RegionCapacity region(String code, Tally world) {
    Figures figures = figures();
    return new RegionCapacity(
        code,
        CapacityCalculator.LEVEL,
        Countries.name(code),
        figures.sites(),
        figures.powerMw(),
        figures.contracts(),
        figures.gpus(),
        new WorldShare(
            Round.share(energizedMw, world.energizedMw), Round.share(h100e, world.h100e)));
  }

  /** Most delivered model first, then by catalog id. */
  private Map<String, Long> sortedByModel() {
    Map<String, Long> sorted = new LinkedHashMap<>();
    byModel.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return Collections.unmodifiableMap(sorted);
  }
}
