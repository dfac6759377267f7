package io.gigawatt.capacity.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The GPUs at a site on a date: its holdings dated by then, less the retirements dated by then,
 * each retirement taking the oldest GPUs of its contract and model delivered by its own date first.
 * A retirement never takes more than there are (events may arrive in any order), so no holding goes
 * below zero; emptied holdings are left out.
 */
final class GpusInService {
  private GpusInService() {}

  static List<GpuHolding> on(
      LocalDate day, List<GpuHolding> holdings, List<GpuRetirement> retirements) {
    List<GpuHolding> left =
        new ArrayList<>(holdings.stream().filter(h -> Dates.onOrBefore(h.on(), day)).toList());
    retirements.stream()
        .filter(r -> Dates.onOrBefore(r.on(), day))
        .sorted(GpuRetirement.ORDER)
        .forEach(r -> retire(left, r));
    return left.stream().filter(h -> h.count() > 0).toList();
  }

  private static void retire(List<GpuHolding> holdings, GpuRetirement retirement) {
    long toRetire = retirement.count();
    for (int i = 0; i < holdings.size() && toRetire > 0; i++) {
      GpuHolding h = holdings.get(i);
      if (retirement.takesFrom(h) && h.count() > 0) {
        long taken = Math.min(h.count(), toRetire);
        holdings.set(
            i,
            new GpuHolding(
                h.on(), h.contractId(), h.gpuModel(), h.ownerCountry(), h.count() - taken));
        toRetire -= taken;
      }
    }
  }
}
