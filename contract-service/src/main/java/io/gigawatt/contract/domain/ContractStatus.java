package io.gigawatt.contract.domain;

public enum ContractStatus {
  ACTIVE,
  TERMINATED
}
