package io.gigawatt.importer.domain;

/** Epoch's {@code Status} of a cluster. */
public enum EpochStatus {
  EXISTING,
  PLANNED,
  DECOMMISSIONED;

  static EpochStatus of(String text) {
    return switch (text) {
      case "Existing" -> EXISTING;
      case "Planned" -> PLANNED;
      case "Decommissioned" -> DECOMMISSIONED;
      default ->
          throw new BadRecordException("Status", "is not Existing, Planned or Decommissioned");
    };
  }
}
