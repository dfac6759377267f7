package io.gigawatt.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog against the shared copy of Epoch AI's data ({@link EpochData}). */
class EpochCatalogTest {
  private static final List<String> CHIP_TYPE_COLUMNS =
      List.of("Chip type (primary)", "Chip type (secondary)");

  /** Counted at FP8 here; Epoch's GPU-clusters data counts them at INT8 or 16-bit. */
  private static final Set<String> COUNTED_AT_FP8 =
      Set.of("aws-trainium2", "intel-gaudi2", "nvidia-gb300");

  @Test
  void everyChipTypeOfTheGpuClustersDataMapsToTheCatalog() {
    Set<String> chipTypes = new TreeSet<>();
    for (Map<String, String> row : EpochData.gpuClusters()) {
      CHIP_TYPE_COLUMNS.stream().map(row::get).filter(t -> !t.isBlank()).forEach(chipTypes::add);
    }
    assertThat(chipTypes).hasSizeGreaterThan(40);
    assertThat(chipTypes)
        .allSatisfy(t -> assertThat(GpuCatalog.forEpochChipType(t)).as(t).isPresent());
  }

  @Test
  void figuresAreEpochsMlHardwareDataOrDocumentedFallbacks() {
    Map<String, Map<String, String>> hardware =
        EpochData.mlHardware().stream()
            .collect(Collectors.toMap(r -> r.get("Hardware name"), Function.identity()));
    List<GpuModel> fromEpoch =
        GpuCatalog.all().stream().filter(m -> m.epochHardware() != null).toList();
    assertThat(fromEpoch).hasSizeGreaterThan(40);
    for (GpuModel m : fromEpoch) {
      Map<String, String> row = hardware.get(m.epochHardware());
      assertThat(row).as(m.epochHardware()).isNotNull();
      Double sixteenBit =
          first(
              row,
              "Tensor-FP16/BF16 performance (FLOP/s)",
              "FP16 (half precision) performance (FLOP/s)");
      Double fp32 = number(row, "FP32 (single precision) performance (FLOP/s)");
      Double eightBit =
          Stream.of(number(row, "INT8 performance (OP/s)"), number(row, "FP8 performance (FLOP/s)"))
              .filter(v -> v != null)
              .max(Double::compare)
              .orElse(null);
      String release = row.get("Release date");

      check(m, "releaseDate", m.releaseDate().toString(), release.isBlank() ? null : release);
      check(m, "tdpWatts", m.tdpWatts(), number(row, "TDP (W)"));
      check(m, "bf16Tflops", m.bf16Tflops() * 1e12, sixteenBit);
      if (m.fallbacks().containsKey("bf16Tflops")) {
        double fallback = m.bf16Tflops() == 0 ? 0 : fp32;
        assertThat(m.bf16Tflops() * 1e12)
            .as(m.id() + ": none, else Epoch's FP32 rate")
            .isCloseTo(fallback, withinPercentage(1e-7));
      }
      check(m, "denseInt8Ops", m.denseInt8Ops(), eightBit);
      if (m.fallbacks().containsKey("denseInt8Ops")) {
        assertThat(m.denseInt8Ops())
            .as(m.id() + ": Epoch's 16-bit rate, else its FP32 rate")
            .isCloseTo(sixteenBit != null ? sixteenBit : fp32, withinPercentage(1e-7));
      }
    }
  }

  @Test
  void h100EquivalentsPerChipAreThoseOfEpochsOwnColumn() {
    Map<String, List<Double>> perChip = new TreeMap<>();
    for (Map<String, String> row : EpochData.gpuClusters()) {
      Double count = number(row, "Chip quantity (primary)");
      Double h100e = number(row, "H100 equivalents");
      String chipType = row.get("Chip type (primary)");
      boolean oneChipType = !chipType.isBlank() && row.get("Chip type (secondary)").isBlank();
      if (oneChipType && count != null && h100e != null) {
        String id = GpuCatalog.forEpochChipType(chipType).orElseThrow().id();
        perChip.computeIfAbsent(id, k -> new ArrayList<>()).add(h100e / count);
      }
    }
    assertThat(perChip).hasSizeGreaterThan(30);
    perChip.forEach(
        (id, perRecord) -> {
          double epochs = median(perRecord);
          double ours = GpuCatalog.find(id).orElseThrow().h100Equivalents(1);
          if (COUNTED_AT_FP8.contains(id)) {
            assertThat(ours).as(id).isGreaterThan(epochs * 1.9);
          } else {
            assertThat(ours).as(id).isCloseTo(epochs, withinPercentage(0.01));
          }
        });
  }

  @Test
  void theChipsCountedAtFp8AreTheOnesWhoseFp8RateIsTheirHighest() {
    for (String id : COUNTED_AT_FP8) {
      assertThat(GpuCatalog.find(id).orElseThrow().note()).as(id).contains("FP8");
    }
    assertThat(GpuCatalog.find("nvidia-gb300").orElseThrow().releaseDate())
        .isEqualTo(LocalDate.of(2025, 8, 22));
  }

  /** Epoch's figure where the catalog takes it as it stands; none where it falls back. */
  private static void check(GpuModel m, String field, Object catalog, Object epoch) {
    if (m.fallbacks().containsKey(field)) {
      assertThat(epoch)
          .as(m.id() + "." + field + ": a fallback only where Epoch has none")
          .isNull();
    } else if (catalog instanceof Double d) {
      assertThat(epoch).as(m.id() + "." + field).isNotNull();
      assertThat(d).as(m.id() + "." + field).isCloseTo((Double) epoch, withinPercentage(1e-7));
    } else {
      assertThat(catalog).as(m.id() + "." + field).isEqualTo(epoch);
    }
  }

  private static Double first(Map<String, String> row, String... columns) {
    return Stream.of(columns)
        .map(c -> number(row, c))
        .filter(v -> v != null)
        .findFirst()
        .orElse(null);
  }

  private static Double number(Map<String, String> row, String column) {
    String value = row.get(column).replace(",", "").strip();
    return value.isEmpty() ? null : Double.valueOf(value);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }
}
