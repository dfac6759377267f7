package io.gigawatt.importer.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What mapping a record needs from the rest of its file: the records by name (for {@code Superseded
 * by}) and the reference date, the file's latest first operational date, which dates what the
 * record itself leaves undated.
 */
public record ImportContext(Map<String, EpochRecord> byName, LocalDate referenceDate) {
  public ImportContext {
    byName = Map.copyOf(byName);
  }

  public Optional<EpochRecord> successorOf(EpochRecord record) {
    return Optional.ofNullable(record.supersededBy()).map(byName::get);
  }
}
