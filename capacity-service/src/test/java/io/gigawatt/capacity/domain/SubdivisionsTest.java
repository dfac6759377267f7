package io.gigawatt.capacity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SubdivisionsTest {
  private static final Set<String> ALPHA_2 =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  @Test
  void namesAreLookedUpByCode() {
    assertThat(Subdivisions.name("US-TX")).contains("Texas");
    assertThat(Subdivisions.name("CN-HE")).contains("Hebei");
    assertThat(Subdivisions.name("IN-MH")).contains("Maharashtra");
    assertThat(Subdivisions.name("CA-QC")).contains("Quebec");
    assertThat(Subdivisions.name("AU-NSW")).contains("New South Wales");
    assertThat(Subdivisions.name("DE-BY")).contains("Bavaria");
    assertThat(Subdivisions.name("AE-AZ")).contains("Abu Dhabi");
    assertThat(Subdivisions.name("SA-01")).contains("Riyadh");
    assertThat(Subdivisions.name("BR-SP")).contains("São Paulo");
    assertThat(Subdivisions.name("JP-13")).contains("Tokyo");
  }

  @Test
  void aFormerCodeStillFindsItsSubdivision() {
    assertThat(Subdivisions.name("IN-CT")).contains("Chhattisgarh");
    assertThat(Subdivisions.name("IN-CG")).contains("Chhattisgarh");
  }

  @Test
  void aCodeNotInTheTableHasNoName() {
    assertThat(Subdivisions.name("US-XX")).isEmpty();
    assertThat(Subdivisions.name("US")).isEmpty();
    assertThat(Subdivisions.name("us-tx")).isEmpty();
    assertThat(Subdivisions.name(null)).isEmpty();
  }

  @Test
  void everyCodeIsShapedCcXxxWithCcACountry() {
    assertThat(Subdivisions.all())
        .allSatisfy(
            s -> {
              assertThat(s.code()).matches("[A-Z]{2}-[A-Z0-9]{1,3}");
              assertThat(ALPHA_2).contains(s.country());
              assertThat(s.name()).isNotBlank();
              assertThat(s.formerCodes()).allMatch(former -> former.startsWith(s.country() + "-"));
            });
  }

  @Test
  void theTableCoversTheCountriesTheRegionViewShows() {
    Map<String, Long> perCountry =
        Subdivisions.all().stream()
            .collect(Collectors.groupingBy(Subdivision::country, Collectors.counting()));
    assertThat(perCountry)
        .containsEntry("US", 57L) // 50 states, DC and 6 outlying areas
        .containsEntry("CN", 34L)
        .containsEntry("IN", 36L)
        .containsEntry("CA", 13L)
        .containsEntry("AU", 8L)
        .containsEntry("DE", 16L)
        .containsEntry("AE", 7L)
        .containsEntry("SA", 13L)
        .containsEntry("BR", 27L)
        .containsEntry("JP", 47L);
    assertThat(Subdivisions.all().stream().filter(s -> "State".equals(s.category())))
        .filteredOn(s -> s.country().equals("US"))
        .hasSize(50);
  }

  @Test
  void aSubdivisionRefusesACodeOfAnotherShape() {
    for (String code : List.of("US", "XX-TX", "US-TEXAS", "us-tx")) {
      assertThatThrownBy(() -> new Subdivision(code, "Texas", null, "State", null))
          .hasMessageContaining(code);
    }
    assertThatThrownBy(
            () -> new Subdivision("IN-CG", "Chhattisgarh", null, "State", List.of("BD-01")))
        .hasMessageContaining("BD-01");
  }
}
