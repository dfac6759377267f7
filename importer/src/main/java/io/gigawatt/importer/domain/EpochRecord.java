package io.gigawatt.importer.domain;

import io.gigawatt.events.Confidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One row of Epoch AI's GPU-clusters data, read and checked; optional columns are null when empty.
 *
 * @param line the CSV line the record starts on
 * @param country ISO 3166-1 alpha-2, or {@link CountryNames#UNKNOWN} when the record names none
 * @param owners the {@code Owner} column split at commas, in order; empty when it names none
 * @param source the record's first source URL, or Epoch's dataset page when it lists none
 */
public record EpochRecord(
    int line,
    String name,
    EpochStatus status,
    Confidence confidence,
    Double h100e,
    ChipLine primary,
    ChipLine secondary,
    String country,
    List<String> owners,
    LocalDate firstOperationalOn,
    Double powerMw,
    String location,
    String supplierPrimary,
    String supplierSecondary,
    String supersededBy,
    LocalDate decommissionedOn,
    String source) {

  public EpochRecord {
    owners = List.copyOf(owners);
  }

  public Optional<LocalDate> operationalOn() {
    return Optional.ofNullable(firstOperationalOn);
  }
}
