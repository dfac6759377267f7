package io.gigawatt.importer.domain;

import io.gigawatt.events.Bounds;
import io.gigawatt.events.GpuCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Maps a record to its {@link RecordFacts}: the rules of the README's "The data and its
 * provenance".
 */
public final class RecordMapper {
  static final double PLACEHOLDER_MW = 1.0;
  static final Organization UNKNOWN_OWNER =
      new Organization("Unknown owner", CountryNames.UNKNOWN, null);

  private RecordMapper() {}

  public static RecordFacts facts(EpochRecord record, ImportContext context) {
    Map<String, Long> lots = ChipLots.of(record);
    LocalDate operationalOn = operationalOn(record, context);
    LocalDate announcedOn =
        record.firstOperationalOn() != null
            ? record.firstOperationalOn()
            : Objects.requireNonNullElse(operationalOn, context.referenceDate());
    LocalDate decommissionedOn =
        operationalOn == null || record.decommissionedOn() == null
            ? null
            : latest(record.decommissionedOn(), operationalOn);
    LocalDate endedOn = endedOn(record, context, operationalOn, decommissionedOn);
    List<Organization> buyers = buyers(record);
    checkBounds(record, lots);
    return new RecordFacts(
        record,
        buyers.get(0),
        buyers,
        suppliers(record, lots),
        plannedMw(record, lots),
        announcedOn,
        operationalOn,
        lots,
        endedOn,
        decommissionedOn,
        latest(context.referenceDate(), announcedOn));
  }

  /**
   * Existing: its first operational date, else the reference date. Decommissioned: the same, if it
   * says when it was decommissioned (else it is left unpowered). Planned: none.
   */
  private static LocalDate operationalOn(EpochRecord record, ImportContext context) {
    return switch (record.status()) {
      case PLANNED -> null;
      case EXISTING ->
          Objects.requireNonNullElse(record.firstOperationalOn(), context.referenceDate());
      case DECOMMISSIONED ->
          record.decommissionedOn() == null
              ? null
              : Objects.requireNonNullElse(record.firstOperationalOn(), record.decommissionedOn());
    };
  }

  /** The first operational date of its successor, if it ran and that came before a decommission. */
  private static LocalDate endedOn(
      EpochRecord record,
      ImportContext context,
      LocalDate operationalOn,
      LocalDate decommissionedOn) {
    if (operationalOn == null) {
      return null;
    }
    return context
        .successorOf(record)
        .filter(next -> next.status() != EpochStatus.PLANNED)
        .map(EpochRecord::firstOperationalOn)
        .map(on -> latest(on, operationalOn))
        .filter(on -> decommissionedOn == null || on.isBefore(decommissionedOn))
        .orElse(null);
  }

  /** The API's bounds, checked before anything is sent: a record is written whole or not at all. */
  private static void checkBounds(EpochRecord record, Map<String, Long> lots) {
    if (record.powerMw() != null && record.powerMw() > Bounds.MAX_MW) {
      throw new BadRecordException("Power Capacity (MW)", "is above 100,000 MW");
    }
    if (lots.values().stream().anyMatch(count -> count > Bounds.MAX_GPUS)) {
      throw new BadRecordException("Chip quantity", "is above 100,000,000 GPUs");
    }
  }

  private static double plannedMw(EpochRecord record, Map<String, Long> lots) {
    if (record.powerMw() != null) {
      return record.powerMw();
    }
    double tdp = ChipLots.tdpMw(lots);
    return tdp > 0 ? tdp : PLACEHOLDER_MW;
  }

  private static List<Organization> buyers(EpochRecord record) {
    if (record.owners().isEmpty()) {
      return List.of(Organizations.ownerOfUnnamed(record.name()).orElse(UNKNOWN_OWNER));
    }
    return distinct(record.owners().stream().map(Organizations::orUnknown));
  }

  /** The GPU suppliers Epoch names, else the vendors of the record's chips; maybe none. */
  private static List<Organization> suppliers(EpochRecord record, Map<String, Long> lots) {
    List<Organization> named =
        distinct(
            Stream.of(record.supplierPrimary(), record.supplierSecondary())
                .filter(Objects::nonNull)
                .flatMap(s -> Organizations.find(s).stream()));
    if (!named.isEmpty()) {
      return named;
    }
    return distinct(
        lots.keySet().stream()
            .flatMap(id -> GpuCatalog.find(id).stream())
            .filter(m -> !m.id().equals(ChipLots.UNSPECIFIED))
            .map(m -> new Organization(m.vendor(), m.vendorCountry(), "GPU catalog")));
  }

  private static List<Organization> distinct(Stream<Organization> organizations) {
    Map<String, Organization> byName = new LinkedHashMap<>();
    organizations.forEach(o -> byName.putIfAbsent(o.name(), o));
    return new ArrayList<>(byName.values());
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
