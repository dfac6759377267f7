package io.gigawatt.capacity.domain;

import io.gigawatt.events.ContractAmended;
import io.gigawatt.events.ContractEvent;
import io.gigawatt.events.ContractSigned;
import io.gigawatt.events.ContractTerminated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A contract as the events applied so far state it, every dated change kept so that it can be seen
 * as of any business date ({@link #asOf}). On a date, each term has the value of the highest
 * sequence dated on or before it that sets it; a termination ends it from its date. Amendments of a
 * contract not signed yet are kept; it counts nowhere until its signing arrives.
 *
 * @param profile null until the signing is applied
 */
public record ContractState(String contractId, ContractProfile profile, List<TermChange> changes) {

  public ContractState {
    changes = changes == null ? List.of() : List.copyOf(changes);
  }

  public static ContractState unknown(String contractId) {
    return new ContractState(contractId, null, List.of());
  }

  public boolean signed() {
    return profile != null;
  }

  /** The contract on {@code day} (null: with every fact); null when not in force then. */
  public ContractSnapshot asOf(LocalDate day) {
    if (!signed() || !Dates.onOrBefore(profile.signedOn(), day)) {
      return null;
    }
    List<TermChange> inEffect =
        changes.stream()
            .filter(c -> Dates.onOrBefore(c.on(), day))
            .sorted(Comparator.comparingLong(TermChange::sequence))
            .toList();
    if (inEffect.stream().anyMatch(TermChange::terminates)) {
      return null;
    }
    Long value = latest(inEffect, TermChange::valueUsd);
    BigDecimal committed = latest(inEffect, TermChange::committedMw);
    List<String> sites = latest(inEffect, TermChange::siteIds);
    return new ContractSnapshot(
        contractId,
        profile,
        value == null ? 0 : value,
        committed == null ? BigDecimal.ZERO : committed,
        sites == null ? List.of() : sites);
  }

  /** Every site any change names: the sites its figures may depend on. */
  public Set<String> allSiteIds() {
    Set<String> ids = new LinkedHashSet<>();
    changes.stream().map(TermChange::siteIds).filter(Objects::nonNull).forEach(ids::addAll);
    return ids;
  }

  /** The business dates on which the contract's own figures can change, in order. */
  public List<LocalDate> dates() {
    TreeSet<LocalDate> dates = new TreeSet<>();
    if (signed()) {
      dates.add(profile.signedOn());
    }
    changes.forEach(c -> dates.add(c.on()));
    return List.copyOf(dates);
  }

  /** This state with one more of the contract's events applied; deliveries change sites only. */
  public ContractState evolve(ContractEvent event, long sequence) {
    LocalDate on = event.occurredOn();
    if (event instanceof ContractSigned e) {
      return new ContractState(
          contractId,
          ContractProfile.of(e),
          Sequenced.with(
              changes,
              new TermChange(
                  on,
                  sequence,
                  e.valueUsd() == null ? 0L : e.valueUsd(),
                  mw(e.committedMw()),
                  e.gpuCount(),
                  e.termMonths(),
                  distinct(e.siteIds()),
                  false)));
    } else if (event instanceof ContractAmended e) {
      return with(
          new TermChange(
              on,
              sequence,
              e.valueUsd(),
              e.committedMw() == null ? null : mw(e.committedMw()),
              e.gpuCount(),
              e.termMonths(),
              e.siteIds() == null ? null : distinct(e.siteIds()),
              false));
    } else if (event instanceof ContractTerminated) {
      return with(new TermChange(on, sequence, null, null, null, null, null, true));
    }
    return this;
  }

  private ContractState with(TermChange change) {
    return new ContractState(contractId, profile, Sequenced.with(changes, change));
  }

  private static <T> T latest(List<TermChange> bySequence, Function<TermChange, T> term) {
    T value = null;
    for (TermChange change : bySequence) {
      T set = term.apply(change);
      if (set != null) {
        value = set;
      }
    }
    return value;
  }

  private static BigDecimal mw(Double value) {
    return value == null ? BigDecimal.ZERO : BigDecimal.valueOf(value);
  }

  private static List<String> distinct(List<String> ids) {
    return ids.stream().distinct().toList();
  }
}
