package io.gigawatt.contract.domain;

import io.gigawatt.events.Bounds;
import io.gigawatt.events.Confidence;
import io.gigawatt.events.GpuCatalog;
import io.gigawatt.events.Organization;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.Validator;
import java.time.LocalDate;
import java.util.List;

/**
 * GPUs handed over at a site: the body of {@code POST /api/v1/contracts/{id}/deliveries}. {@code
 * owner}, optional, is the organization that controls these GPUs when it is neither the contract's
 * buyer, lessee or provider nor the site's owner (e.g. a sovereign fund's GPUs in a provider's data
 * center).
 */
public record GpuDelivery(
    String deliveryId,
    String siteId,
    String gpuModel,
    Long count,
    LocalDate deliveredOn,
    String source,
    Confidence confidence,
    Organization owner) {

  public List<FieldError> validate() {
    var v =
        new Validator()
            .ifPresent("deliveryId", deliveryId, id -> !id.isBlank(), "must not be blank")
            .ifPresent("deliveryId", deliveryId, Bounds.ID)
            .required("siteId", siteId, Bounds.ID)
            .required(
                "gpuModel", gpuModel, GpuCatalog::contains, "is not a GPU model of the catalog")
            .required("count", count, Bounds.GPUS)
            .required("deliveredOn", deliveredOn, Bounds.DATE)
            .required("source", source, Bounds.SOURCE)
            .require("confidence", confidence);
    if (owner != null) {
      Organizations.check(v, "owner", owner.name(), owner.country());
    }
    return v.errors();
  }

  public GpuDelivery withDeliveryId(String id) {
    return new GpuDelivery(id, siteId, gpuModel, count, deliveredOn, source, confidence, owner);
  }
}
