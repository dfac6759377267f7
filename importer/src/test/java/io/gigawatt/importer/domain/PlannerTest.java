package io.gigawatt.importer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A new record gets every command, a repeated one none, a changed one only the difference. */
class PlannerTest {
  private static final String PHASE_1 =
      "Name,Status,Certainty,H100 equivalents,Chip type (primary),Chip quantity (primary),"
          + "Country,Owner,First Operational Date,Power Capacity (MW),Superseded by,"
          + "Decommissioned Date (if applicable),Source 1\n";

  private static RecordFacts facts(String rows, int index) {
    EpochFile file = EpochFile.parse(PHASE_1 + rows);
    return RecordMapper.facts(file.records().get(index).record(), file.context());
  }

  private static List<CommandKind> kinds(List<LedgerCommand> commands) {
    return commands.stream().map(LedgerCommand::kind).toList();
  }

  @Test
  void aNewRecordIsAnnouncedEnergizedSignedAndDelivered() {
    RecordFacts f =
        facts("A,Existing,Confirmed,,NVIDIA A100,100,France,GENCI,1/2/2022,5,,,https://a\n", 0);
    var plan = Planner.plan(f, "A", LedgerState.EMPTY);
    assertThat(kinds(plan))
        .containsExactly(
            CommandKind.ANNOUNCE_SITE,
            CommandKind.ENERGIZE,
            CommandKind.SIGN_CONTRACT,
            CommandKind.DELIVER);
    assertThat(plan.get(0).body())
        .containsEntry("source", "https://a")
        .containsEntry("confidence", "CONFIRMED")
        .containsEntry("plannedCapacityMw", 5.0);
    assertThat(plan.get(3).body())
        .containsEntry("gpuModel", "nvidia-a100")
        .containsEntry("count", 100L)
        .containsEntry("siteId", LedgerCommand.SITE_ID)
        .containsEntry("deliveredOn", "2022-01-02");
    assertThat(plan.get(0).idempotencyKey()).startsWith("epoch-gpu-clusters/");
  }

  @Test
  void aRecordTheLedgerHoldsAsItSaysNeedsNothing() {
    RecordFacts f =
        facts("A,Existing,Confirmed,,NVIDIA A100,100,France,GENCI,1/2/2022,5,,,https://a\n", 0);
    assertThat(Planner.plan(f, "A", f.wanted())).isEmpty();
  }

  @Test
  void aSupersededRecordIsRetiredAndDeEnergizedOnItsSuccessorsDate() {
    String rows =
        "A,Existing,Confirmed,,NVIDIA A100,100,France,GENCI,1/2/2022,5,B,,https://a\n"
            + "B,Existing,Confirmed,,NVIDIA H100 SXM5 80GB,100,France,GENCI,3/4/2024,9,,,https://b\n";
    var plan = Planner.plan(facts(rows, 0), "A", LedgerState.EMPTY);
    assertThat(kinds(plan))
        .containsExactly(
            CommandKind.ANNOUNCE_SITE,
            CommandKind.ENERGIZE,
            CommandKind.DE_ENERGIZE,
            CommandKind.SIGN_CONTRACT,
            CommandKind.DELIVER,
            CommandKind.RETIRE);
    assertThat(plan.get(2).body()).containsEntry("deEnergizedOn", "2024-03-04");
    assertThat(plan.get(5).body())
        .containsEntry("retiredOn", "2024-03-04")
        .containsEntry("count", 100L);
  }

  @Test
  void aNewerExportAppendsOnlyTheDifferences() {
    RecordFacts before =
        facts("A,Existing,Confirmed,,NVIDIA A100,100,France,GENCI,1/2/2022,5,,,https://a\n", 0);
    RecordFacts after =
        facts(
            "A,Decommissioned,Confirmed,,NVIDIA A100,150,France,GENCI,1/2/2022,8,,2025-03,https://a\n",
            0);
    var plan = Planner.plan(after, "A", before.wanted());
    assertThat(kinds(plan))
        .containsExactly(
            CommandKind.REVISE_CAPACITY,
            CommandKind.ENERGIZE,
            CommandKind.DECOMMISSION,
            CommandKind.DELIVER);
    assertThat(plan.get(1).body()).containsEntry("energizedMw", 3.0);
    assertThat(plan.get(3).body()).containsEntry("count", 50L);
    assertThat(Planner.plan(after, "A", after.wanted())).isEmpty();
  }

  @Test
  void lessPowerAndFewerChipsAreDeEnergizedAndRetiredBeforeTheRevision() {
    RecordFacts before =
        facts("A,Existing,Confirmed,,NVIDIA A100,100,France,GENCI,1/2/2022,5,,,https://a\n", 0);
    RecordFacts after =
        facts("A,Existing,Confirmed,,NVIDIA A100,60,France,GENCI,1/2/2022,4,,,https://a\n", 0);
    var plan = Planner.plan(after, "A", before.wanted());
    assertThat(kinds(plan))
        .containsExactly(CommandKind.DE_ENERGIZE, CommandKind.REVISE_CAPACITY, CommandKind.RETIRE);
    assertThat(plan.get(2).body()).containsEntry("count", 40L);
  }

  @Test
  void theSameCommandOfTwoImportsHasTheSameIdempotencyKey() {
    RecordFacts f =
        facts("A,Existing,Confirmed,,NVIDIA A100,100,France,GENCI,1/2/2022,5,,,https://a\n", 0);
    assertThat(Planner.plan(f, "A", LedgerState.EMPTY))
        .isEqualTo(Planner.plan(f, "A", LedgerState.EMPTY));
  }
}
