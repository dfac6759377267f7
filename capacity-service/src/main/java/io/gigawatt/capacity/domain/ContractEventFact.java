package io.gigawatt.capacity.domain;

/**
 * One lifecycle event of a contract, at its aggregate sequence.
 *
 * @param changes the terms an amendment sets; {@link ContractTerms#NONE} for a termination
 */
public record ContractEventFact(
    String contractId, long sequence, ContractEventKind kind, ContractTerms changes) {}
