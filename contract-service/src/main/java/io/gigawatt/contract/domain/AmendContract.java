package io.gigawatt.contract.domain;

public record AmendContract(String contractId, ContractAmendment amendment)
    implements ContractCommand {}
