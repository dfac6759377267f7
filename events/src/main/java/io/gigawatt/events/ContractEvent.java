package io.gigawatt.events;

/** Events of the Contract aggregate, published on {@link Topics#CONTRACT_EVENTS}. */
public sealed interface ContractEvent extends DomainEvent
    permits ContractSigned, ContractAmended, GpusDelivered, ContractTerminated, GpusRetired {

  String contractId();

  @Override
  default String aggregateId() {
    return contractId();
  }
}
