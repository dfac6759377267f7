package io.gigawatt.contract.domain;

import io.gigawatt.events.ContractEvent;
import io.gigawatt.events.ContractSigned;
import io.gigawatt.events.GpusDelivered;
import io.gigawatt.support.domain.Decider;
import io.gigawatt.support.domain.Decision;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.InvalidCommandException;
import java.util.List;
import java.util.Set;

/** The Contract aggregate: signing and GPU deliveries. */
public final class ContractDecider implements Decider<Contract, ContractCommand, ContractEvent> {
  public static final ContractDecider INSTANCE = new ContractDecider();

  @Override
  public Contract initialState() {
    return null;
  }

  @Override
  public Decision<ContractEvent> decide(Contract contract, ContractCommand command) {
    if (command instanceof SignContract sign) {
      return sign(contract, sign);
    }
    if (command instanceof DeliverGpus deliver) {
      return GpuDeliveryRules.decide(contract, deliver);
    }
    throw new IllegalArgumentException("unknown command " + command);
  }

  private Decision<ContractEvent> sign(Contract contract, SignContract command) {
    if (contract != null) {
      return Decision.reject("contract-exists", "contract " + command.contractId() + " exists");
    }
    var t = command.terms();
    throwIfInvalid(t.validate());
    return Decision.accept(
        new ContractSigned(
            command.contractId(),
            t.kind(),
            t.title(),
            t.program(),
            t.parties(),
            t.valueUsd(),
            t.termMonths(),
            t.committedMw(),
            t.gpuModel(),
            t.gpuCount(),
            t.siteIdsOrEmpty(),
            t.signedOn(),
            t.source(),
            t.confidence()));
  }

  static void throwIfInvalid(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidCommandException(errors);
    }
  }

  @Override
  public Contract evolve(Contract contract, ContractEvent event) {
    if (event instanceof ContractSigned e) {
      var terms =
          new ContractTerms(
              e.kind(),
              e.title(),
              e.program(),
              e.parties(),
              e.valueUsd(),
              e.termMonths(),
              e.committedMw(),
              e.gpuModel(),
              e.gpuCount(),
              e.siteIds(),
              e.occurredOn(),
              e.source(),
              e.confidence());
      return new Contract(e.contractId(), terms, 0, Set.of());
    }
    if (event instanceof GpusDelivered e) {
      return contract.withDelivery(e.deliveryId(), e.count());
    }
    return contract;
  }
}
