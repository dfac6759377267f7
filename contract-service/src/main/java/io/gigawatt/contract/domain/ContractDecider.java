package io.gigawatt.contract.domain;

import io.gigawatt.events.ContractAmended;
import io.gigawatt.events.ContractEvent;
import io.gigawatt.events.ContractSigned;
import io.gigawatt.events.ContractTerminated;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.events.GpusRetired;
import io.gigawatt.support.domain.Decider;
import io.gigawatt.support.domain.Decision;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.InvalidCommandException;
import java.util.List;

/** The Contract aggregate: signing, amendments, GPU deliveries and retirements, termination. */
public final class ContractDecider implements Decider<Contract, ContractCommand, ContractEvent> {
  public static final ContractDecider INSTANCE = new ContractDecider();

  @Override
  public Contract initialState() {
    return null;
  }

  @Override
  public Decision<ContractEvent> decide(Contract contract, ContractCommand command) {
    if (command instanceof SignContract sign) {
      return SigningRules.decide(contract, sign);
    }
    if (contract == null) {
      return Decision.reject(
          "contract-not-signed", "contract " + command.contractId() + " was not signed");
    }
    if (command instanceof AmendContract amend) {
      return AmendmentRules.decide(contract, amend);
    }
    if (command instanceof DeliverGpus deliver) {
      return GpuDeliveryRules.decide(contract, deliver);
    }
    if (command instanceof RetireGpus retire) {
      return GpuRetirementRules.decide(contract, retire);
    }
    if (command instanceof TerminateContract terminate) {
      return TerminationRules.decide(contract, terminate);
    }
    throw new IllegalArgumentException("unknown command " + command);
  }

  static void throwIfInvalid(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidCommandException(errors);
    }
  }

  static Decision<ContractEvent> terminated(Contract contract) {
    return Decision.reject(
        "contract-terminated",
        "contract " + contract.contractId() + " was terminated on " + contract.terminatedOn());
  }

  @Override
  public Contract evolve(Contract contract, ContractEvent event) {
    if (event instanceof ContractSigned e) {
      return Contract.signed(e.contractId(), SigningRules.terms(e));
    }
    if (event instanceof ContractAmended e) {
      return contract.amended(e);
    }
    if (event instanceof GpusDelivered e) {
      return contract.withDelivery(
          e.deliveryId(), new GpuMovement(e.occurredOn(), e.siteId(), e.gpuModel(), e.count()));
    }
    if (event instanceof GpusRetired e) {
      return contract.withRetirement(
          new GpuMovement(e.occurredOn(), e.siteId(), e.gpuModel(), -e.count()));
    }
    if (event instanceof ContractTerminated e) {
      return contract.terminated(e.occurredOn());
    }
    return contract;
  }
}
