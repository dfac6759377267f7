package io.gigawatt.capacity.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Folds a contract's facts into its current state. Each term takes the value of the highest
 * sequence that sets it (the signing sets them all), whatever order the events arrived in; a
 * termination is final.
 */
final class ContractFold {
  private ContractFold() {}

  /** Contract id → contract, for the signed contracts; events of contracts not signed yet wait. */
  static Map<String, Contract> contracts(
      Collection<ContractFact> signed, Collection<ContractEventFact> events) {
    Map<String, List<ContractEventFact>> byContract =
        events.stream().collect(Collectors.groupingBy(ContractEventFact::contractId));
    Map<String, Contract> contracts = new TreeMap<>();
    for (ContractFact contract : signed) {
      contracts.put(
          contract.contractId(),
          contract(contract, byContract.getOrDefault(contract.contractId(), List.of())));
    }
    return contracts;
  }

  static Contract contract(ContractFact signed, Collection<ContractEventFact> events) {
    ContractTerms terms =
        Stream.concat(
                Stream.of(new Change(signed.sequence(), signed.terms())),
                events.stream()
                    .filter(e -> e.kind() == ContractEventKind.AMENDED)
                    .map(e -> new Change(e.sequence(), e.changes())))
            .sorted(Comparator.comparingLong(Change::sequence))
            .map(Change::terms)
            .reduce(ContractTerms.NONE, ContractTerms::amendedBy);
    boolean terminated = events.stream().anyMatch(e -> e.kind() == ContractEventKind.TERMINATED);
    return new Contract(
        signed.contractId(),
        terminated ? ContractStatus.TERMINATED : ContractStatus.ACTIVE,
        terms,
        signed.parties());
  }

  private record Change(long sequence, ContractTerms terms) {}
}
