package io.gigawatt.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GpuCatalogTest {

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
    assertThat(GpuCatalog.find("nvidia-h100").orElseThrow().h100Equivalents(1000))
        .isCloseTo(1000.0, within(1e-9));
  }

  @Test
  void knowsVendorsAndTheirHomeCountries() {
    assertThat(GpuCatalog.find("huawei-ascend-910c").orElseThrow().vendorCountry()).isEqualTo("CN");
    assertThat(GpuCatalog.find("amd-mi355x").orElseThrow().vendorCountry()).isEqualTo("US");
    assertThat(GpuCatalog.contains("nvidia-rtx-9090")).isFalse();
    assertThat(GpuCatalog.contains(null)).isFalse();
  }

  @Test
  void countryCodesAreIso3166() {
    assertThat(Countries.isCountry("US")).isTrue();
    assertThat(Countries.isCountry("XX")).isFalse();
    assertThat(Countries.isCountry("us")).isFalse();
    assertThat(Countries.isSubdivisionOf("US-TX", "US")).isTrue();
    assertThat(Countries.isSubdivisionOf("US-TX", "MX")).isFalse();
    assertThat(Countries.name("AE")).isEqualTo("United Arab Emirates");
  }
}
