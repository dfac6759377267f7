package io.gigawatt.capacity.application;

import static io.gigawatt.capacity.TestEvents.contract;
import static io.gigawatt.capacity.TestEvents.delivery;
import static io.gigawatt.capacity.TestEvents.energized;
import static io.gigawatt.capacity.TestEvents.party;
import static io.gigawatt.capacity.TestEvents.site;
import static io.gigawatt.capacity.TestEvents.terminated;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.capacity.domain.PowerMw;
import io.gigawatt.capacity.domain.ProgramFigures;
import io.gigawatt.events.PartyRole;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A program's commitments against its sites' capacity (the test ledger's program: Stargate). */
class ProgramsTest {

  @Test
  void aProgramSetsWhatItsActiveContractsCommitAgainstWhatItsSitesPlanAndEnergize() {
    var view =
        new ViewFixture()
            .given(
                site("abilene", "US", 1200), 1,
                energized("abilene", 200), 2,
                site("narvik", "NO", 300), 1,
                contract(
                        "oracle",
                        300_000_000_000L,
                        4500,
                        List.of("abilene"),
                        party("OpenAI", "US", PartyRole.BUYER)),
                    1,
                contract("ended", 7L, 700, List.of(), party("X", "US", PartyRole.BUYER)), 1,
                terminated("ended"), 2,
                delivery("oracle", "d", "abilene", "nvidia-gb200", 64_000), 2);

    assertThat(view.program("stargate"))
        .isEqualTo(
            new ProgramFigures(
                "Stargate",
                4500,
                BigInteger.valueOf(300_000_000_000L),
                new PowerMw(1500, 0, 200),
                new ProgramFigures.ProgramGpus(64_000, 161697.8),
                List.of("NO", "US"),
                4300));
  }
}
