package io.gigawatt.events;

import java.time.LocalDate;

/**
 * GPUs were delivered to a site under a contract. Type {@code
 * io.gigawatt.contract.gpus-delivered.v1}.
 */
public record GpusDelivered(
    String contractId,
    String deliveryId,
    String siteId,
    String gpuModel,
    long count,
    LocalDate occurredOn,
    String source,
    Confidence confidence)
    implements ContractEvent {}
