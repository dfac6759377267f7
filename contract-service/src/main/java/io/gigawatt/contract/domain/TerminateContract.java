package io.gigawatt.contract.domain;

public record TerminateContract(String contractId, ContractTermination termination)
    implements ContractCommand {}
