package io.gigawatt.capacity.domain;

import java.util.List;

/**
 * The terms of a contract that can be amended. In an amendment only the changed terms are set, the
 * others are null; a signing sets them all (value and committed MW 0 when the signing states none).
 */
public record ContractTerms(
    Long valueUsd, Double committedMw, Integer gpuCount, Integer termMonths, List<String> siteIds) {

  /** No term changes, e.g. a termination. */
  public static final ContractTerms NONE = new ContractTerms(null, null, null, null, null);

  public ContractTerms {
    siteIds = siteIds == null ? null : List.copyOf(siteIds);
  }

  /** These terms, with each term that {@code later} sets replaced by its value. */
  ContractTerms amendedBy(ContractTerms later) {
    return new ContractTerms(
        later.valueUsd != null ? later.valueUsd : valueUsd,
        later.committedMw != null ? later.committedMw : committedMw,
        later.gpuCount != null ? later.gpuCount : gpuCount,
        later.termMonths != null ? later.termMonths : termMonths,
        later.siteIds != null ? later.siteIds : siteIds);
  }
}
