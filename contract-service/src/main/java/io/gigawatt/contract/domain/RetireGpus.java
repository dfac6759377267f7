package io.gigawatt.contract.domain;

public record RetireGpus(String contractId, GpuRetirement retirement) implements ContractCommand {}
