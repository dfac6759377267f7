package io.gigawatt.capacity.api;

import io.gigawatt.capacity.domain.ContractSnapshot;
import io.gigawatt.events.Party;
import java.time.LocalDate;
import java.util.List;

/** One contract of a region's list, with its terms in effect on the date asked for. */
public record RegionContract(
    String contractId,
    String kind,
    String title,
    String program,
    List<Party> parties,
    LocalDate signedOn,
    long valueUsd,
    double committedMw,
    List<String> siteIds) {

  static RegionContract of(ContractSnapshot contract) {
    var profile = contract.profile();
    return new RegionContract(
        contract.contractId(),
        profile.kind().name(),
        profile.title(),
        profile.program(),
        profile.parties(),
        profile.signedOn(),
        contract.valueUsd(),
        RegionSite.tenths(contract.committedMw()),
        contract.siteIds());
  }
}
