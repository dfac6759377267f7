package io.gigawatt.contract.domain;

/** Commands the Contract aggregate decides on. */
public sealed interface ContractCommand permits SignContract, DeliverGpus {
  String contractId();
}
