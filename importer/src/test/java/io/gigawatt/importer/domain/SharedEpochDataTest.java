package io.gigawatt.importer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.events.GpuCatalog;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shared export of Epoch's data, mapped whole: the tables cover it, the shares hold. */
class SharedEpochDataTest {
  private static EpochFile file;

  @BeforeAll
  static void read() {
    file = EpochFile.parse(SharedEpochData.gpuClusters());
  }

  /** H100e of Existing records that nothing supersedes: what the import leaves hosted. */
  private static boolean hosted(EpochRecord r) {
    return r.status() == EpochStatus.EXISTING && r.supersededBy() == null;
  }

  private static double h100e(EpochRecord r) {
    return r.h100e() == null ? 0 : r.h100e();
  }

  @Test
  void everyRowIsARecordEveryCountryIsKnownAndAnonymizedRowsGetKeysOfTheirOwn() {
    assertThat(file.badRows()).isEmpty();
    assertThat(file.records()).hasSize(786);
    assertThat(file.records().stream().map(KeyedRecord::key).distinct()).hasSize(786);
    assertThat(file.records().stream().filter(r -> r.record().country().equals("XX"))).hasSize(85);
  }

  @Test
  void theOwnerTableCoversAtLeast95PercentOfTheHostedH100e() {
    double total = 0;
    double covered = 0;
    for (KeyedRecord keyed : file.records()) {
      EpochRecord r = keyed.record();
      if (hosted(r)) {
        total += h100e(r);
        Organization owner = RecordMapper.facts(r, file.context()).owner();
        covered += owner.country().equals(CountryNames.UNKNOWN) ? 0 : h100e(r);
      }
    }
    assertThat(covered / total).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void everyOrganizationOfTheTableHasACountryAndASource() {
    assertThat(Organizations.all().values())
        .allSatisfy(
            o -> {
              assertThat(io.gigawatt.events.Countries.isCountry(o.country())).isTrue();
              assertThat(o.source()).startsWith("https://");
            });
  }

  @Test
  void eachCountrysShareOfTheImportedH100eIsItsShareInEpochsColumnWithin0point1Points() {
    Map<String, Double> epoch = new HashMap<>();
    Map<String, Double> imported = new HashMap<>();
    for (KeyedRecord keyed : file.records()) {
      EpochRecord r = keyed.record();
      if (hosted(r)) {
        epoch.merge(r.country(), h100e(r), Double::sum);
      }
      LedgerState wanted = RecordMapper.facts(r, file.context()).wanted();
      if (wanted.decommissioned()) {
        continue;
      }
      for (var lot : wanted.delivered().entrySet()) {
        long net = lot.getValue() - wanted.retired(lot.getKey());
        imported.merge(r.country(), h100e(lot.getKey(), net), Double::sum);
      }
    }
    double epochTotal = epoch.values().stream().mapToDouble(d -> d).sum();
    double importedTotal = imported.values().stream().mapToDouble(d -> d).sum();
    var countries = new java.util.TreeSet<>(epoch.keySet());
    countries.addAll(imported.keySet());
    assertThat(countries).hasSizeGreaterThan(30);
    for (String country : countries) {
      assertThat(100 * imported.getOrDefault(country, 0.0) / importedTotal)
          .as(country)
          .isCloseTo(
              100 * epoch.getOrDefault(country, 0.0) / epochTotal,
              org.assertj.core.data.Offset.offset(0.1));
    }
  }

  private static double h100e(String model, long count) {
    return model.equals(ChipLots.UNSPECIFIED)
        ? count
        : GpuCatalog.find(model).orElseThrow().h100Equivalents(count);
  }
}
