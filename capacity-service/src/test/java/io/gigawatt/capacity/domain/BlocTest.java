package io.gigawatt.capacity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlocTest {
  private static final List<URI> SOURCES = List.of(URI.create("https://example.org/bloc"));
  private static final BlocMembership FR = member("FR", "2000-01-01", null);

  @Test
  void aMembershipCountsFromItsFirstToItsLastDay() {
    var membership = member("FR", "2000-01-01", "2000-12-31");
    assertThat(membership.isActiveOn(LocalDate.parse("1999-12-31"))).isFalse();
    assertThat(membership.isActiveOn(LocalDate.parse("2000-01-01"))).isTrue();
    assertThat(membership.isActiveOn(LocalDate.parse("2000-12-31"))).isTrue();
    assertThat(membership.isActiveOn(LocalDate.parse("2001-01-01"))).isFalse();
  }

  @Test
  void aMembershipRefusesBadData() {
    assertThatThrownBy(() -> member("XX", "2000-01-01", null)).hasMessageContaining("XX");
    assertThatThrownBy(() -> member("fr", "2000-01-01", null)).hasMessageContaining("fr");
    assertThatThrownBy(() -> member("FR", "2000-01-01", "1999-12-31"))
        .hasMessageContaining("before");
    assertThatThrownBy(() -> member("FR", "1949-12-31", null)).hasMessageContaining("from");
    assertThatThrownBy(() -> member("FR", "2000-01-01", "2101-01-01"))
        .hasMessageContaining("until");
    assertThatThrownBy(() -> new BlocMembership("FR", null, null, null))
        .hasMessageContaining("from");
  }

  @Test
  void aBlocCodeNamesNoCountrySubdivisionOrTheWorld() {
    for (String code : List.of("AU", "FRA", "US-TX", "WORLD", "eu", "E", "")) {
      assertThatThrownBy(() -> bloc(code, SOURCES, List.of(FR))).hasMessageContaining("code");
    }
  }

  @Test
  void aBlocNeedsWebSourcesAndMembers() {
    assertThatThrownBy(() -> bloc("XB", List.of(), List.of(FR))).hasMessageContaining("sources");
    assertThatThrownBy(() -> bloc("XB", List.of(URI.create("file:///etc/x")), List.of(FR)))
        .hasMessageContaining("sources");
    assertThatThrownBy(() -> bloc("XB", SOURCES, List.of())).hasMessageContaining("memberships");
  }

  @Test
  void aCountryMayLeaveAndRejoinButNotOverlap() {
    var left = member("FR", "1990-01-01", "1999-12-31");
    var rejoined = member("FR", "2005-01-01", null);
    var bloc = bloc("XB", SOURCES, List.of(rejoined, left));
    assertThat(bloc.membersOn(LocalDate.parse("2002-01-01"))).isEmpty();
    assertThat(bloc.membersOn(LocalDate.parse("2005-01-01"))).containsExactly("FR");
    var sameLastDay = member("FR", "1999-12-31", null);
    assertThatThrownBy(() -> bloc("XB", SOURCES, List.of(left, sameLastDay)))
        .hasMessageContaining("overlap");
  }

  private static Bloc bloc(String code, List<URI> sources, List<BlocMembership> memberships) {
    return new Bloc(code, "Example", null, sources, memberships);
  }

  private static BlocMembership member(String country, String from, String until) {
    return new BlocMembership(
        country, LocalDate.parse(from), until == null ? null : LocalDate.parse(until), null);
  }
}
