package io.gigawatt.importer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.events.Confidence;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every column the importer reads, and what each becomes. */
class RecordMappingTest {
  private static RecordFacts only(Rows rows) {
    EpochFile file = rows.file();
    assertThat(file.badRows()).isEmpty();
    return RecordMapper.facts(file.records().get(0).record(), file.context());
  }

  @Test
  void anExistingRecordIsASiteEnergizedAndItsChipsDeliveredOnItsFirstOperationalDate() {
    RecordFacts f =
        only(
            new Rows()
                .row(
                    "Name", "Meta Cluster",
                    "Certainty", "Likely",
                    "H100 equivalents", "24576",
                    "Chip type (primary)", "NVIDIA H100 SXM5 80GB",
                    "Chip quantity (primary)", "24,576",
                    "Country", "United States of America",
                    "Owner", "Meta AI",
                    "First Operational Date", "3/12/2024",
                    "Power Capacity (MW)", "33.5",
                    "Location", "Somewhere, Texas",
                    "GPU Supplier (primary)", "NVIDIA",
                    "Source 1", "https://example.org/meta"));
    assertThat(f.record().confidence()).isEqualTo(Confidence.REPORTED);
    assertThat(f.record().country()).isEqualTo("US");
    assertThat(f.record().location()).isEqualTo("Somewhere, Texas");
    assertThat(f.record().source()).isEqualTo("https://example.org/meta");
    assertThat(f.plannedMw()).isEqualTo(33.5);
    assertThat(f.announcedOn()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(f.operationalOn()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(f.lots()).isEqualTo(Map.of("nvidia-h100", 24_576L));
    assertThat(f.owner()).isEqualTo(Organizations.find("Meta AI").orElseThrow());
    assertThat(f.owner().country()).isEqualTo("US");
    assertThat(f.suppliers()).extracting(Organization::name).containsExactly("NVIDIA");
    LedgerState wanted = f.wanted();
    assertThat(wanted.energizedNowMw()).isEqualTo(33.5);
    assertThat(wanted.contractSigned()).isTrue();
  }

  @Test
  void certaintyBecomesConfidence() {
    assertThat(RecordParser.confidence("Confirmed")).isEqualTo(Confidence.CONFIRMED);
    assertThat(RecordParser.confidence("Likely")).isEqualTo(Confidence.REPORTED);
    assertThat(RecordParser.confidence("Unlikely")).isEqualTo(Confidence.SPECULATIVE);
  }

  @Test
  void primaryAndSecondaryChipsAreBothDeliveredAndTheSuppliersAreParties() {
    RecordFacts f =
        only(
            new Rows()
                .row(
                    "Chip type (primary)", "NVIDIA A100",
                    "Chip quantity (primary)", "100",
                    "Chip type (secondary)", "NVIDIA V100",
                    "Chip quantity (secondary)", "50",
                    "GPU Supplier (primary)", "NVIDIA",
                    "GPU supplier (secondary)", "Cerebras",
                    "First Operational Date", "2021-06"));
    assertThat(f.lots()).isEqualTo(Map.of("nvidia-a100", 100L, "nvidia-v100", 50L));
    assertThat(f.suppliers())
        .extracting(Organization::name)
        .containsExactly("NVIDIA", "Cerebras Systems");
    assertThat(f.operationalOn()).isEqualTo(LocalDate.of(2021, 6, 1));
  }

  @Test
  void anEstimateWithoutChipsIsCarriedAsUnspecifiedChipsOfOneH100eEach() {
    RecordFacts f =
        only(new Rows().row("H100 equivalents", "2999.6", "First Operational Date", "1/1/2024"));
    assertThat(f.lots()).isEqualTo(Map.of(ChipLots.UNSPECIFIED, 3000L));
    assertThat(ChipLots.estimated(f.lots())).isTrue();
  }

  @Test
  void aChipTypeWithoutAQuantityFallsBackToTheEstimate() {
    RecordFacts f =
        only(
            new Rows()
                .row(
                    "Chip type (primary)", "NVIDIA H100 SXM5 80GB",
                    "H100 equivalents", "500",
                    "First Operational Date", "1/1/2024"));
    assertThat(f.lots()).isEqualTo(Map.of(ChipLots.UNSPECIFIED, 500L));
  }

  @Test
  void aRecordWithoutCountryIsAtAnUnknownLocationAndWithoutOwnerHasAnUnknownOwner() {
    RecordFacts f = only(new Rows().row("H100 equivalents", "10", "First Operational Date", ""));
    assertThat(f.record().country()).isEqualTo(CountryNames.UNKNOWN);
    assertThat(f.owner().country()).isEqualTo(CountryNames.UNKNOWN);
  }

  @Test
  void epochsAnonymizedChineseSystemsHaveAChineseOwner() {
    RecordFacts f = only(new Rows().row("Name", "Anonymized Chinese System", "Country", "China"));
    assertThat(f.owner().country()).isEqualTo("CN");
    assertThat(f.record().country()).isEqualTo("CN");
  }

  @Test
  void severalOwnersAreAllBuyersTheFirstOwnsTheSiteAndAnOwnerNotInTheTableIsUnknown() {
    RecordFacts f = only(new Rows().row("Owner", "OpenAI,Microsoft,Someone New"));
    assertThat(f.buyers())
        .extracting(Organization::name, Organization::country)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("OpenAI", "US"),
            org.assertj.core.groups.Tuple.tuple("Microsoft", "US"),
            org.assertj.core.groups.Tuple.tuple("Someone New", "XX"));
    assertThat(f.owner().name()).isEqualTo("OpenAI");
  }

  @Test
  void aPlannedRecordIsASiteOnlyAnnouncedOnTheReferenceDate() {
    RecordFacts f =
        only(
            new Rows()
                .row("Name", "Old", "First Operational Date", "5/5/2023")
                .row("Name", "Plan", "Status", "Planned", "H100 equivalents", "1000"));
    EpochFile file =
        new Rows()
            .row("Name", "Old", "First Operational Date", "5/5/2023")
            .row("Name", "Plan", "Status", "Planned", "H100 equivalents", "1000")
            .file();
    RecordFacts plan = RecordMapper.facts(file.records().get(1).record(), file.context());
    assertThat(plan.operational()).isFalse();
    assertThat(plan.announcedOn()).isEqualTo(LocalDate.of(2023, 5, 5));
    assertThat(plan.wanted().energizedMw()).isZero();
    assertThat(plan.wanted().contractSigned()).isFalse();
    assertThat(plan.wanted().delivered()).isEmpty();
    assertThat(f.operational()).isTrue();
  }

  @Test
  void withoutPowerCapacityThePlannedMwAreTheChipsTdp() {
    RecordFacts f =
        only(
            new Rows()
                .row(
                    "Chip type (primary)", "NVIDIA H100 SXM5 80GB",
                    "Chip quantity (primary)", "1000",
                    "First Operational Date", "1/1/2024"));
    assertThat(f.plannedMw()).isEqualTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aSupersededRecordEndsOnItsSuccessorsFirstOperationalDate() {
    EpochFile file =
        new Rows()
            .row(
                "Name", "Phase 1",
                "Superseded by", "Phase 2",
                "Chip type (primary)", "NVIDIA H100 SXM5 80GB",
                "Chip quantity (primary)", "100",
                "Power Capacity (MW)", "10",
                "First Operational Date", "1/1/2023")
            .row(
                "Name", "Phase 2",
                "Chip type (primary)", "NVIDIA H100 SXM5 80GB",
                "Chip quantity (primary)", "300",
                "Power Capacity (MW)", "30",
                "First Operational Date", "6/1/2024")
            .file();
    RecordFacts first = RecordMapper.facts(file.records().get(0).record(), file.context());
    assertThat(first.endedOn()).isEqualTo(LocalDate.of(2024, 6, 1));
    LedgerState wanted = first.wanted();
    assertThat(wanted.delivered("nvidia-h100")).isEqualTo(100);
    assertThat(wanted.retired("nvidia-h100")).isEqualTo(100);
    assertThat(wanted.energizedMw()).isEqualTo(10);
    assertThat(wanted.energizedNowMw()).isZero();
  }

  @Test
  void aDecommissionedRecordIsDecommissionedOnItsDateAndOneWithoutADateNeverRan() {
    EpochFile file =
        new Rows()
            .row(
                "Status", "Decommissioned",
                "H100 equivalents", "40",
                "First Operational Date", "6/8/2018",
                "Decommissioned Date (if applicable)", "11/15/2024")
            .row("Status", "Decommissioned", "H100 equivalents", "40")
            .file();
    RecordFacts dated = RecordMapper.facts(file.records().get(0).record(), file.context());
    assertThat(dated.decommissionedOn()).isEqualTo(LocalDate.of(2024, 11, 15));
    assertThat(dated.wanted().decommissioned()).isTrue();
    RecordFacts undated = RecordMapper.facts(file.records().get(1).record(), file.context());
    assertThat(undated.operational()).isFalse();
    assertThat(undated.wanted().delivered()).isEmpty();
  }

  @Test
  void theFirstSourceGivenIsTheSourceElseEpochsDatasetPage() {
    assertThat(only(new Rows().row("Source 2", "https://b.example")).record().source())
        .isEqualTo("https://b.example");
    assertThat(only(new Rows().row()).record().source()).isEqualTo(RecordParser.DATASET_PAGE);
  }

  @Test
  void badRowsAreSkippedWithTheirLineAndTheColumnAtFault() {
    EpochFile file =
        new Rows()
            .row("Name", "Good")
            .row("Name", "Bad date", "First Operational Date", "13/45/2024")
            .row("Name", "Bad status", "Status", "Rumoured")
            .row("Name", "Bad country", "Country", "Atlantis")
            .row("Name", "Bad count", "Chip quantity (primary)", "12.5")
            .row("Name", "Bad certainty", "Certainty", "Maybe")
            .row("Name", "", "Status", "Existing")
            .row(
                "Name",
                "Too many",
                "Chip type (primary)",
                "NVIDIA A100",
                "Chip quantity (primary)",
                "200000000")
            .file();
    assertThat(file.records()).extracting(r -> r.record().name()).containsExactly("Good");
    assertThat(file.badRows())
        .extracting(BadRow::line, BadRow::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "Bad date"),
            org.assertj.core.groups.Tuple.tuple(4, "Bad status"),
            org.assertj.core.groups.Tuple.tuple(5, "Bad country"),
            org.assertj.core.groups.Tuple.tuple(6, "Bad count"),
            org.assertj.core.groups.Tuple.tuple(7, "Bad certainty"),
            org.assertj.core.groups.Tuple.tuple(8, ""),
            org.assertj.core.groups.Tuple.tuple(9, "Too many"));
    assertThat(file.badRows().get(0).reason()).startsWith("First Operational Date:");
    assertThat(file.badRows().get(2).reason()).contains("Atlantis");
  }

  @Test
  void aFileWithoutEpochsColumnsIsRefusedWhole() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EpochFile.parse("a,b\n1,2\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Name");
  }
}
