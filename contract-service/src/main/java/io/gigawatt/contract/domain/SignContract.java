package io.gigawatt.contract.domain;

public record SignContract(String contractId, ContractTerms terms) implements ContractCommand {}
