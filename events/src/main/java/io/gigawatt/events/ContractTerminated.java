package io.gigawatt.events;

import java.time.LocalDate;

/** A contract ended before its term. Type {@code io.gigawatt.contract.terminated.v1}. */
public record ContractTerminated(
    String contractId, String reason, LocalDate occurredOn, String source, Confidence confidence)
    implements ContractEvent {}
