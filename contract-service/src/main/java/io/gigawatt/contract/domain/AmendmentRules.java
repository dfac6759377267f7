package io.gigawatt.contract.domain;

import io.gigawatt.events.ContractAmended;
import io.gigawatt.events.ContractEvent;
import io.gigawatt.support.domain.Decision;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** When a contract's terms may change; the event carries only the terms that do. */
final class AmendmentRules {
  private AmendmentRules() {}

  static Decision<ContractEvent> decide(Contract contract, AmendContract command) {
    var a = command.amendment();
    ContractDecider.throwIfInvalid(a.validate());
    var terms = contract.terms();
    if (contract.isTerminated()) {
      return ContractDecider.terminated(contract);
    }
    if (a.amendedOn().isBefore(terms.signedOn())) {
      return Decision.reject(
          "amendment-before-signing", "amendedOn is before signedOn " + terms.signedOn());
    }
    var amended =
        new ContractAmended(
            command.contractId(),
            changed(a.valueUsd(), terms.valueUsd()),
            changed(a.committedMw(), terms.committedMw()),
            changed(a.gpuCount(), terms.gpuCount()),
            changed(a.termMonths(), terms.termMonths()),
            changedSites(a.siteIds(), terms.siteIdsOrEmpty()),
            a.reason(),
            a.amendedOn(),
            a.source(),
            a.confidence());
    if (nothing(amended)) {
      return Decision.reject("amendment-changes-nothing", "every term already has that value");
    }
    if (amended.gpuCount() != null && terms.gpuModel() == null) {
      return Decision.reject(
          "gpu-count-without-model", "the contract commits no GPU model to count");
    }
    if (amended.gpuCount() != null && amended.gpuCount() < contract.gpusDelivered()) {
      return Decision.reject(
          "gpu-count-below-delivered",
          contract.gpusDelivered()
              + " GPUs were already delivered, more than "
              + amended.gpuCount());
    }
    if (amended.siteIds() != null
        && !amended.siteIds().containsAll(contract.gpusBySite().keySet())) {
      return Decision.reject(
          "delivered-site-removed",
          "siteIds must keep the sites that received GPUs: " + contract.gpusBySite().keySet());
    }
    return Decision.accept(amended);
  }

  private static <T> T changed(T amended, T current) {
    return Objects.equals(amended, current) ? null : amended;
  }

  private static List<String> changedSites(List<String> amended, List<String> current) {
    return amended == null || new HashSet<>(amended).equals(new HashSet<>(current))
        ? null
        : amended;
  }

  private static boolean nothing(ContractAmended a) {
    return a.valueUsd() == null
        && a.committedMw() == null
        && a.gpuCount() == null
        && a.termMonths() == null
        && a.siteIds() == null;
  }
}
