package io.gigawatt.contract.domain;

/** Commands the Contract aggregate decides on. */
public sealed interface ContractCommand
    permits SignContract, AmendContract, DeliverGpus, RetireGpus, TerminateContract {
  String contractId();
}
