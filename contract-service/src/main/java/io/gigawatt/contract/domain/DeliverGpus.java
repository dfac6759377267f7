package io.gigawatt.contract.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Record a delivery; the delivery id is the client's or one the service chose. {@code siteStatus}
 * and {@code siteDecommissionedOn} (null unless decommissioned) are what contract-service knows of
 * the receiving site when the command is given.
 */
public record DeliverGpus(
    String contractId, GpuDelivery delivery, SiteStatus siteStatus, LocalDate siteDecommissionedOn)
    implements ContractCommand {

  public DeliverGpus {
    Objects.requireNonNull(siteStatus, "siteStatus");
  }

  public DeliverGpus(String contractId, GpuDelivery delivery, SiteStatus siteStatus) {
    this(contractId, delivery, siteStatus, null);
  }

  public DeliverGpus(String contractId, GpuDelivery delivery, KnownSite site) {
    this(contractId, delivery, site.status(), site.decommissionedOn());
  }
}
