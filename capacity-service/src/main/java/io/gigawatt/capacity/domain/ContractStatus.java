package io.gigawatt.capacity.domain;

/** A contract is active from its signing until it is terminated. */
public enum ContractStatus {
  ACTIVE,
  TERMINATED
}
