package io.gigawatt.contract.domain;

import java.util.Objects;

/**
 * Record a delivery; the delivery id is the client's or one the service chose. {@code siteStatus}
 * is what contract-service knows of the receiving site when the command is given.
 */
public record DeliverGpus(String contractId, GpuDelivery delivery, SiteStatus siteStatus)
    implements ContractCommand {

  public DeliverGpus {
    Objects.requireNonNull(siteStatus, "siteStatus");
  }
}
