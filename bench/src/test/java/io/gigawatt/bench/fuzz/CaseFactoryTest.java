package io.gigawatt.bench.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Request {@code i} of a seed is always the same request; the requests reach every route. */
class CaseFactoryTest {
  private static final Map<Role, String> KEYS =
      Map.of(
          Role.READER, "gw_reader-key-0123456789abcdefghij",
          Role.WRITER, "gw_writer-key-0123456789abcdefghij",
          Role.ADMIN, "gw_admin-key-0123456789abcdefghijk");
  private static final Fixtures FIXTURES =
      new Fixtures(
          List.of("s-1", "s-2", "s-3", "s-4"),
          List.of(new Fixtures.Contract("c-1", List.of("s-1", "s-2", "s-3"))),
          List.of("k-1"));

  @Test
  void theSameSeedAndIndexGiveTheSameRequest() {
    CaseFactory one = new CaseFactory(7, "run", KEYS, FIXTURES);
    CaseFactory two = new CaseFactory(7, "run", KEYS, FIXTURES);
    for (int i : new int[] {0, 1, 17, 499, 2_000}) {
      assertThat(two.generate(i).request().bytes("h"))
          .isEqualTo(one.generate(i).request().bytes("h"));
      assertThat(two.generate(i).verdict()).isEqualTo(one.generate(i).verdict());
    }
    assertThat(new CaseFactory(8, "run", KEYS, FIXTURES).generate(17).request().bytes("h"))
        .isNotEqualTo(one.generate(17).request().bytes("h"));
  }

  @Test
  void aThousandRequestsReachEveryRouteAsEveryRole() {
    CaseFactory factory = new CaseFactory(1, "run", KEYS, FIXTURES);
    List<FuzzCase> cases = IntStream.range(0, 1_000).mapToObj(factory::generate).toList();
    Set<String> routes = cases.stream().map(c -> c.route().label()).collect(Collectors.toSet());
    assertThat(routes).hasSize(FuzzRoutes.ALL.size());
    assertThat(cases.stream().map(FuzzCase::role).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(Role.values());
    assertThat(cases).anyMatch(c -> c.verdict() == Verdict.VALID);
    assertThat(cases).anyMatch(c -> c.verdict() == Verdict.INVALID);
  }
}
