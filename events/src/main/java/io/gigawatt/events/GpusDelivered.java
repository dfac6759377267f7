package io.gigawatt.events;

import java.time.LocalDate;

/**
 * GPUs were delivered to a site under a contract. Type {@code
 * io.gigawatt.contract.gpus-delivered.v1}. {@code owner}, when the delivery names one, is the
 * organization that controls these GPUs; null otherwise (it came after the type's first release, as
 * an additive field).
 */
public record GpusDelivered(
    String contractId,
    String deliveryId,
    String siteId,
    String gpuModel,
    long count,
    LocalDate occurredOn,
    String source,
    Confidence confidence,
    Organization owner)
    implements ContractEvent {}
