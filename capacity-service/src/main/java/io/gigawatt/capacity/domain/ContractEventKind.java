package io.gigawatt.capacity.domain;

/** The contract lifecycle events that change its terms or its status. */
public enum ContractEventKind {
  AMENDED,
  TERMINATED
}
