package io.gigawatt.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.bench.chaos.Chaos;
import io.gigawatt.bench.chaos.ChaosOptions;
import io.gigawatt.bench.chaos.ChaosReport;
import io.gigawatt.bench.chaos.ChaosResult;
import io.gigawatt.bench.chaos.ChaosStack;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chaos suite at CI size ({@link ChaosOptions#quick}): under a steady write load each process
 * is killed with SIGKILL in turn, then PostgreSQL and Kafka are stopped for a while. Nothing
 * accepted is lost or doubled, nothing refused is stored, and the read model equals a rebuild. Full
 * size: {@code ./gigawatt chaos}.
 */
class ChaosIT {
  private static ChaosStack stack;
  private static Path home;
  private static ChaosOptions options;

  @BeforeAll
  static void startStack() throws Exception {
    Path repo = RepoFiles.locate().root();
    options = ChaosOptions.quick(repo);
    home = Files.createTempDirectory("gigawatt-chaos-it-");
    stack = ChaosStack.start(repo, home, options.longestStop());
  }

  @AfterAll
  static void stopStack() {
    if (stack != null) {
      TestStacks.stop(stack.running());
    }
  }

  @Test
  void killsAndStopsLoseNothingAcceptedAndTheReadModelEqualsARebuild() throws Exception {
    String actor = "chaos-it-" + System.currentTimeMillis();
    String writer = TestStacks.issueKey(stack.running(), "writer", actor);

    ChaosResult result = Chaos.run(stack, writer, actor, options);

    String report = ChaosReport.markdown(result, "ChaosIT (ChaosOptions.quick)");
    Path file = Path.of("target", "chaos-report.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
    System.out.println(report);
    assertThat(result.kills()).as(report).hasSize(ChaosOptions.ALL_KILLS.size());
    assertThat(result.stops()).as(report).hasSize(2);
    assertThat(result.finalAudit().accepted()).as(report).isPositive();
    assertThat(result.violations()).as(report).isEmpty();
  }
}
