package io.gigawatt.events;

public enum ContractKind {
  CLOUD_CAPACITY,
  LEASE_TO_OWN,
  GPU_SUPPLY,
  EQUITY_INVESTMENT,
  POWER_PURCHASE,
  CONSTRUCTION
}
