package io.gigawatt.events;

import java.time.LocalDate;

/**
 * GPUs of one model delivered to a site under a contract were taken out of service: {@code count}
 * fewer of them count from {@code occurredOn}, the oldest delivered first. Type {@code
 * io.gigawatt.contract.gpus-retired.v1}.
 */
public record GpusRetired(
    String contractId,
    String siteId,
    String gpuModel,
    long count,
    LocalDate occurredOn,
    String source,
    Confidence confidence)
    implements ContractEvent {}
