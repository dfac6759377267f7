package io.gigawatt.contract.domain;

import io.gigawatt.events.ContractEvent;
import io.gigawatt.events.GpusRetired;
import io.gigawatt.support.domain.Decision;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * When GPUs delivered under a contract may be retired: never dated before the first delivery of
 * that model to that site, and never more than are in service there (delivered by the date, less
 * retirements) on any date from the retirement on. A terminated contract's GPUs may be retired: the
 * hardware outlives the contract.
 */
final class GpuRetirementRules {
  private GpuRetirementRules() {}

  static Decision<ContractEvent> decide(Contract contract, RetireGpus command) {
    var r = command.retirement();
    ContractDecider.throwIfInvalid(r.validate());
    List<GpuMovement> movements =
        contract.movements().stream().filter(m -> m.of(r.siteId(), r.gpuModel())).toList();
    boolean deliveredBy =
        movements.stream().anyMatch(m -> m.count() > 0 && !m.on().isAfter(r.retiredOn()));
    if (!deliveredBy) {
      return Decision.reject(
          "retirement-before-delivery",
          "no " + r.gpuModel() + " were delivered to site " + r.siteId() + " by " + r.retiredOn());
    }
    long fewest = fewestInServiceFrom(movements, r.retiredOn());
    if (r.count() > fewest) {
      return Decision.reject(
          "retirement-exceeds-delivered",
          "only "
              + fewest
              + " "
              + r.gpuModel()
              + " are in service at site "
              + r.siteId()
              + " on some date from "
              + r.retiredOn());
    }
    return Decision.accept(
        new GpusRetired(
            command.contractId(),
            r.siteId(),
            r.gpuModel(),
            r.count(),
            r.retiredOn(),
            r.source(),
            r.confidence()));
  }

  /** The fewest GPUs in service on {@code day} and on each later movement's date. */
  private static long fewestInServiceFrom(List<GpuMovement> movements, LocalDate day) {
    return Stream.concat(
            Stream.of(day), movements.stream().map(GpuMovement::on).filter(d -> d.isAfter(day)))
        .flatMapToLong(d -> LongStream.of(inService(movements, d)))
        .min()
        .orElse(0);
  }

  private static long inService(List<GpuMovement> movements, LocalDate day) {
    return movements.stream().filter(m -> !m.on().isAfter(day)).mapToLong(GpuMovement::count).sum();
  }
}
