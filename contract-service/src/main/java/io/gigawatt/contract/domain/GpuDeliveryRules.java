package io.gigawatt.contract.domain;

import io.gigawatt.events.ContractEvent;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.support.domain.Decision;

/**
 * When GPUs may be delivered under a contract. A decommissioned site takes deliveries dated before
 * its decommissioning only (backfilled history), none from that date on.
 */
final class GpuDeliveryRules {
  private GpuDeliveryRules() {}

  static Decision<ContractEvent> decide(Contract contract, DeliverGpus command) {
    var d = command.delivery();
    ContractDecider.throwIfInvalid(d.validate());
    var terms = contract.terms();
    if (contract.isTerminated()) {
      return ContractDecider.terminated(contract);
    }
    if (d.deliveredOn().isBefore(terms.signedOn())) {
      return Decision.reject(
          "delivery-before-signing", "deliveredOn is before signedOn " + terms.signedOn());
    }
    if (contract.deliveryIds().contains(d.deliveryId())) {
      return Decision.reject(
          "delivery-exists", "delivery " + d.deliveryId() + " was already recorded");
    }
    if (!terms.siteIdsOrEmpty().isEmpty() && !terms.siteIdsOrEmpty().contains(d.siteId())) {
      return Decision.reject(
          "site-not-covered", "site " + d.siteId() + " is not covered by the contract");
    }
    if (command.siteStatus() == SiteStatus.UNKNOWN) {
      return Decision.reject(
          "site-unknown", "no site event for site " + d.siteId() + " has reached the service");
    }
    if (command.siteStatus() == SiteStatus.CANCELLED) {
      return Decision.reject("site-cancelled", "site " + d.siteId() + " was cancelled");
    }
    var decommissionedOn = command.siteDecommissionedOn();
    if (decommissionedOn != null && !d.deliveredOn().isBefore(decommissionedOn)) {
      return Decision.reject(
          "site-decommissioned",
          "site " + d.siteId() + " was decommissioned on " + decommissionedOn);
    }
    if (terms.gpuModel() != null && !terms.gpuModel().equals(d.gpuModel())) {
      return Decision.reject(
          "gpu-model-mismatch",
          "the contract commits " + terms.gpuModel() + ", not " + d.gpuModel());
    }
    if (terms.gpuCount() != null && contract.gpusDelivered() + d.count() > terms.gpuCount()) {
      return Decision.reject(
          "delivery-exceeds-commitment",
          contract.gpusDelivered()
              + " of "
              + terms.gpuCount()
              + " committed GPUs already delivered");
    }
    return Decision.accept(
        new GpusDelivered(
            command.contractId(),
            d.deliveryId(),
            d.siteId(),
            d.gpuModel(),
            d.count(),
            d.deliveredOn(),
            d.source(),
            d.confidence(),
            d.owner()));
  }
}
