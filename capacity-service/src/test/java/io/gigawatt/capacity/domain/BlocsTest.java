package io.gigawatt.capacity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlocsTest {
  private static final Set<String> ALPHA_2 =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
  private static final Set<String> ALPHA_3 =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
  private static final Set<String> BRICS_2023 = Set.of("BR", "RU", "IN", "CN", "ZA");
  private static final Set<String> BRICS_2024 = Set.of("EG", "ET", "IR", "AE");

  @Test
  void theBlocsAreThoseShipped() {
    assertThat(Blocs.all())
        .extracting(Bloc::code)
        .containsExactly("EU", "GCC", "G7", "BRICS", "ASEAN", "AFU");
  }

  @Test
  void gbIsInTheEuUntilTheDayItLeft() {
    assertThat(Blocs.members("EU", day("2019-06-01"))).contains("GB");
    assertThat(Blocs.members("EU", day("2020-01-31"))).contains("GB").hasSize(28);
    assertThat(Blocs.members("EU", day("2020-02-01"))).doesNotContain("GB").hasSize(27);
    assertThat(Blocs.members("EU", day("2021-01-01"))).doesNotContain("GB");
  }

  @Test
  void hrIsInTheEuFromItsAccession() {
    assertThat(Blocs.members("EU", day("2013-06-30"))).doesNotContain("HR").hasSize(27);
    assertThat(Blocs.members("EU", day("2013-07-01"))).contains("HR").hasSize(28);
  }

  @Test
  void theEuStartsWithTheSixFoundersOfTheEec() {
    assertThat(Blocs.members("EU", day("1957-12-31"))).isEmpty();
    assertThat(Blocs.members("EU", day("1958-01-01")))
        .containsExactly("BE", "DE", "FR", "IT", "LU", "NL");
  }

  @Test
  void bricsGrewIn2024And2025() {
    assertThat(Blocs.members("BRICS", day("2023-12-31"))).hasSize(5).isEqualTo(BRICS_2023);
    assertThat(Blocs.members("BRICS", day("2024-01-01")))
        .hasSize(9)
        .containsAll(BRICS_2023)
        .containsAll(BRICS_2024);
    assertThat(Blocs.members("BRICS", day("2025-01-05"))).hasSize(9).doesNotContain("ID");
    assertThat(Blocs.members("BRICS", day("2025-01-06"))).hasSize(10).contains("ID");
    assertThat(Blocs.members("BRICS", day("2010-12-23"))).doesNotContain("ZA");
    assertThat(Blocs.members("BRICS", day("2010-12-24"))).contains("ZA");
  }

  @Test
  void saudiArabiaIsNoBricsMemberWhileItHasNotConfirmed() {
    assertThat(Blocs.blocsOf("SA", day("2025-06-01"))).containsExactly("GCC");
  }

  @Test
  void timorLesteIsInAseanFromItsAdmission() {
    assertThat(Blocs.members("ASEAN", day("2025-10-25"))).doesNotContain("TL").hasSize(10);
    assertThat(Blocs.members("ASEAN", day("2025-10-26"))).contains("TL").hasSize(11);
  }

  @Test
  void theAfricanUnionCountsMoroccoFromItsReturnAndSuspendedMembersAsMembers() {
    assertThat(Blocs.members("AFU", day("2002-07-09"))).hasSize(53);
    assertThat(Blocs.members("AFU", day("2017-01-29"))).doesNotContain("MA").hasSize(54);
    assertThat(Blocs.members("AFU", day("2017-01-30"))).contains("MA", "ML").hasSize(55);
  }

  @Test
  void auIsAustraliaNotTheAfricanUnion() {
    assertThat(Blocs.isBloc("AU")).isFalse();
    assertThat(Blocs.blocsOf("AU", day("2025-01-01"))).isEmpty();
  }

  @Test
  void theG7HasSevenMemberCountriesAndNeitherTheEuNorRussia() {
    assertThat(Blocs.members("G7", day("2025-01-01")))
        .containsExactly("CA", "DE", "FR", "GB", "IT", "JP", "US");
    assertThat(Blocs.members("G7", day("2000-01-01"))).doesNotContain("RU", "EU");
  }

  @Test
  void theGccHasItsSixFounders() {
    assertThat(Blocs.members("GCC", day("2025-01-01")))
        .containsExactly("AE", "BH", "KW", "OM", "QA", "SA");
  }

  @Test
  void aCountryBelongsToTheBlocsOfThatDay() {
    assertThat(Blocs.blocsOf("DE", day("2025-01-01"))).containsExactly("EU", "G7");
    assertThat(Blocs.blocsOf("GB", day("2019-06-01"))).containsExactly("EU", "G7");
    assertThat(Blocs.blocsOf("GB", day("2021-01-01"))).containsExactly("G7");
    assertThat(Blocs.blocsOf("AE", day("2023-12-31"))).containsExactly("GCC");
    assertThat(Blocs.blocsOf("AE", day("2024-01-01"))).containsExactly("BRICS", "GCC");
    assertThat(Blocs.blocsOf("ID", day("2025-01-06"))).containsExactly("ASEAN", "BRICS");
    assertThat(Blocs.blocsOf("EG", day("2024-01-01"))).containsExactly("AFU", "BRICS");
    assertThat(Blocs.blocsOf("CH", day("2024-01-01"))).isEmpty();
  }

  @Test
  void codesAreFoundInAnyCase() {
    assertThat(Blocs.find("eu")).map(Bloc::name).contains("European Union");
    assertThat(Blocs.find("Brics")).map(Bloc::code).contains("BRICS");
    assertThat(Blocs.isBloc("asean")).isTrue();
    assertThat(Blocs.isBloc("g7")).isTrue();
    assertThat(Blocs.members("gcc", day("2025-01-01"))).hasSize(6);
  }

  @Test
  void aCodeThatIsNoBlocFindsNothing() {
    assertThat(Blocs.isBloc("US")).isFalse();
    assertThat(Blocs.isBloc("US-TX")).isFalse();
    assertThat(Blocs.isBloc(null)).isFalse();
    assertThat(Blocs.find("NATO")).isEmpty();
    assertThat(Blocs.members("NATO", day("2025-01-01"))).isEmpty();
  }

  @Test
  void everyMemberIsAnAssignedIsoCountryCode() {
    assertThat(memberships()).extracting(BlocMembership::country).allMatch(ALPHA_2::contains);
  }

  @Test
  void noMembershipEndsBeforeItStartsAndAllDatesAreWithinTheLedgersBounds() {
    var earliest = day("1950-01-01");
    var latest = day("2100-12-31");
    assertThat(memberships())
        .allSatisfy(
            m -> {
              assertThat(m.from()).isBetween(earliest, latest);
              if (m.until() != null) {
                assertThat(m.until()).isAfterOrEqualTo(m.from()).isBetween(earliest, latest);
              }
            });
  }

  @Test
  void everyBlocHasAWebSource() {
    assertThat(Blocs.all())
        .allSatisfy(
            bloc ->
                assertThat(bloc.sources())
                    .isNotEmpty()
                    .allSatisfy(uri -> assertThat(uri.getScheme()).isIn("http", "https")));
  }

  @Test
  void noBlocCodeIsAnAssignedCountryCodeOrShapedLikeASubdivision() {
    assertThat(Blocs.all())
        .extracting(Bloc::code)
        .allSatisfy(
            code -> {
              assertThat(ALPHA_2).doesNotContain(code);
              assertThat(ALPHA_3).doesNotContain(code);
              assertThat(code).doesNotContain("-").isNotEqualTo(Level.WORLD_CODE);
              assertThat(Level.ofCode(code)).contains(Level.BLOC);
            });
  }

  private static List<BlocMembership> memberships() {
    return Blocs.all().stream().flatMap(bloc -> bloc.memberships().stream()).toList();
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
