package io.gigawatt.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GpuCatalogTest {
  private static final Set<String> FIELDS_WITH_FALLBACKS =
      Set.of("releaseDate", "bf16Tflops", "denseInt8Ops", "tdpWatts");

  @Test
  void oneGb200IsAboutTwoAndAHalfH100Equivalents() {
    var gb200 = GpuCatalog.find("nvidia-gb200").orElseThrow();
    assertThat(gb200.h100Equivalents(1)).isCloseTo(2.5265, within(1e-4));
    assertThat(gb200.h100Equivalents(64_000)).isCloseTo(161_697.8, within(0.1));
    assertThat(gb200.bf16Pflops(64_000)).isCloseTo(160_000.0, within(1e-6));
    assertThat(gb200.powerMw(64_000)).isCloseTo(76.8, within(1e-9));
  }

  @Test
  void anH100IsOneH100Equivalent() {
    assertThat(GpuCatalog.find("nvidia-h100").orElseThrow().h100Equivalents(1)).isEqualTo(1.0);
    assertThat(GpuCatalog.find("nvidia-h100").orElseThrow().h100Equivalents(1000))
        .isCloseTo(1000.0, within(1e-9));
  }

  @Test
  void anUnspecifiedChipIsExactlyOneH100EquivalentOfAnUnknownVendor() {
    var unspecified = GpuCatalog.find("unspecified-h100e").orElseThrow();
    assertThat(unspecified.h100Equivalents(1)).isEqualTo(1.0);
    assertThat(unspecified.h100Equivalents(123_456)).isEqualTo(123_456.0);
    assertThat(unspecified.vendorCountry()).isEqualTo(Countries.UNKNOWN);
    assertThat(unspecified.epochChipTypes()).isEmpty();
  }

  @Test
  void h100EquivalentsAreDense8BitOpsOverAnH100s() {
    assertThat(h100e("nvidia-gb200")).isEqualTo(5e15 / 1.979e15);
    assertThat(h100e("nvidia-a100")).isEqualTo(624e12 / 1.979e15);
    assertThat(h100e("nvidia-a100")).isCloseTo(0.3153, within(1e-4));
    assertThat(h100e("nvidia-h200")).isEqualTo(1.0);
    assertThat(h100e("amd-mi300x")).isEqualTo(2.6149e15 / 1.979e15);
    assertThat(h100e("google-tpu-v5p")).isEqualTo(918e12 / 1.979e15);
    assertThat(h100e("nvidia-gb300")).as("FP8, not INT8").isEqualTo(5e15 / 1.979e15);
    assertThat(h100e("nvidia-v100")).as("16-bit fallback").isEqualTo(125e12 / 1.979e15);
    assertThat(h100e("huawei-ascend-910b")).as("16-bit fallback").isEqualTo(376e12 / 1.979e15);
    assertThat(GpuModel.H100_DENSE_INT8_OPS).isEqualTo(1.979e15);
  }

  @Test
  void keepsTheIdsEventsAlreadyName() {
    assertThat(GpuCatalog.all())
        .extracting(GpuModel::id)
        .contains(
            "nvidia-a100",
            "nvidia-h100",
            "nvidia-h200",
            "nvidia-b200",
            "nvidia-b300",
            "nvidia-gb200",
            "nvidia-gb300",
            "amd-mi300x",
            "amd-mi325x",
            "amd-mi355x",
            "huawei-ascend-910b",
            "huawei-ascend-910c",
            "google-tpu-v6e",
            "google-tpu-v7",
            "aws-trainium2",
            "aws-trainium3");
  }

  @Test
  void everyModelKeepsSaneBounds() {
    assertThat(GpuCatalog.all()).hasSizeGreaterThan(40);
    for (GpuModel m : GpuCatalog.all()) {
      String id = m.id();
      assertThat(id).as(id).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(Bounds.ID.test(id)).as(id).isTrue();
      assertThat(m.name()).as(id).isNotBlank();
      assertThat(Bounds.TEXT.test(m.name())).as(id).isTrue();
      assertThat(m.vendor()).as(id).isNotBlank();
      assertThat(Countries.isCountry(m.vendorCountry())).as(id).isTrue();
      assertThat(m.releaseDate()).as(id).isBetween(LocalDate.of(2010, 1, 1), LocalDate.now());
      assertThat(m.denseInt8Ops()).as(id).isBetween(1e12, 2e16);
      assertThat(m.bf16Tflops() * 1e12).as(id).isBetween(0.0, m.denseInt8Ops());
      assertThat(m.tdpWatts()).as(id).isBetween(50.0, 25_000.0);
      assertThat(m.denseInt8Ops() / m.tdpWatts()).as(id + " OP/s per W").isBetween(1e10, 1e13);
      assertThat(m.epochChipTypes()).as(id).allSatisfy(t -> assertThat(t).isEqualTo(t.strip()));
      assertThat(FIELDS_WITH_FALLBACKS).as(id).containsAll(m.fallbacks().keySet());
      assertThat(m.fallbacks().values()).as(id).allSatisfy(why -> assertThat(why).isNotBlank());
      if (m.epochHardware() == null) {
        assertThat(m.fallbacks().keySet())
            .as(id + " lacks Epoch's figures")
            .isEqualTo(FIELDS_WITH_FALLBACKS);
      }
    }
  }

  @Test
  void onlyAnInt8OnlyChipHasNoBf16Rate() {
    assertThat(GpuCatalog.all())
        .filteredOn(m -> m.bf16Tflops() == 0)
        .extracting(GpuModel::id)
        .containsExactly("google-tpu-v1");
    assertThat(GpuCatalog.find("google-tpu-v1").orElseThrow().fallbacks())
        .containsKey("bf16Tflops");
  }

  @Test
  void aVendorHasOneHomeCountry() {
    Map<String, String> countryOfVendor = new HashMap<>();
    for (GpuModel m : GpuCatalog.all()) {
      assertThat(countryOfVendor.putIfAbsent(m.vendor(), m.vendorCountry()))
          .as(m.id())
          .isIn(null, m.vendorCountry());
    }
    assertThat(countryOfVendor)
        .containsEntry("NVIDIA", "US")
        .containsEntry("Huawei", "CN")
        .containsEntry("Cerebras", "US")
        .containsEntry("PEZY Computing", "JP");
  }

  @Test
  void knowsVendorsAndTheirHomeCountries() {
    assertThat(GpuCatalog.find("huawei-ascend-910c").orElseThrow().vendorCountry()).isEqualTo("CN");
    assertThat(GpuCatalog.find("amd-mi355x").orElseThrow().vendorCountry()).isEqualTo("US");
    assertThat(GpuCatalog.contains("nvidia-rtx-9090")).isFalse();
    assertThat(GpuCatalog.contains(null)).isFalse();
  }

  @Test
  void mapsEpochChipTypesExactly() {
    assertThat(epochChip("NVIDIA A100 SXM4 80 GB")).isEqualTo("nvidia-a100");
    assertThat(epochChip("NVIDIA A100")).isEqualTo("nvidia-a100");
    assertThat(epochChip("NVIDIA A100 PCIe")).isEqualTo("nvidia-a100-pcie");
    assertThat(epochChip("NVIDIA Tesla K40m")).isEqualTo("nvidia-tesla-k40");
    assertThat(epochChip(" NVIDIA GB200 ")).isEqualTo("nvidia-gb200");
    assertThat(GpuCatalog.forEpochChipType("nvidia gb200")).isEmpty();
    assertThat(GpuCatalog.forEpochChipType("nvidia-gb200")).as("an id is not a name").isEmpty();
    assertThat(GpuCatalog.forEpochChipType(null)).isEmpty();
  }

  @Test
  void anIdOrChipTypeOfTwoModelsIsRefused() {
    GpuModel a = model("a", List.of("Chip X"));
    assertThatThrownBy(() -> GpuCatalog.byEpochChipType(List.of(a, model("b", List.of("Chip X")))))
        .hasMessageContaining("'Chip X' of both a and b");
    assertThatThrownBy(() -> GpuCatalog.byId(List.of(a, model("a", List.of()))))
        .hasMessageContaining("id 'a'");
  }

  @Test
  void countryCodesAreIso3166() {
    assertThat(Countries.isCountry("US")).isTrue();
    assertThat(Countries.isCountry("QQ")).isFalse();
    assertThat(Countries.isCountry("XX")).as("unknown").isTrue();
    assertThat(Countries.isSubdivisionOf("XX-1", "XX")).as("unknown has none").isFalse();
    assertThat(Countries.isCountry("us")).isFalse();
    assertThat(Countries.isSubdivisionOf("US-TX", "US")).isTrue();
    assertThat(Countries.isSubdivisionOf("US-TX", "MX")).isFalse();
    assertThat(Countries.name("AE")).isEqualTo("United Arab Emirates");
  }

  private static double h100e(String id) {
    return GpuCatalog.find(id).orElseThrow().h100Equivalents(1);
  }

  private static String epochChip(String chipType) {
    return GpuCatalog.forEpochChipType(chipType).orElseThrow().id();
  }

  private static GpuModel model(String id, List<String> chipTypes) {
    return new GpuModel(
        id, id, "V", "US", 1, 1e15, 100, LocalDate.of(2020, 1, 1), null, chipTypes, null, null);
  }
}
