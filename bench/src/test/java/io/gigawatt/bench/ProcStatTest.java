package io.gigawatt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcStatTest {

  @Test
  void machineTicksFromTheCpuLine() {
    ProcStat.SystemTicks ticks = ProcStat.system("cpu  100 5 50 800 40 3 2 0 7 0");
    // user nice system idle iowait irq softirq steal; guest (7) is already counted in user
    assertThat(ticks).isEqualTo(new ProcStat.SystemTicks(1000, 800, 40));
  }

  @Test
  void processTicksWithSpacesAndParenthesesInTheName() {
    String line =
        "4242 (postgres: wal (writer)) S 1 4242 4242 0 -1 4194560 120 0 0 0 311 89 17 3 20 0 1 0"
            + " 100 1000 200 18446744073709551615";
    assertThat(ProcStat.processTicks(line)).isEqualTo(311 + 89 + 17 + 3);
  }

  @Test
  void usageBetweenTwoSamples() {
    CpuSample before =
        new CpuSample(
            0, new ProcStat.SystemTicks(1000, 600, 0), Map.of("postgres", 100L, "kafka", 0L));
    CpuSample after =
        new CpuSample(
            2_000_000_000L,
            new ProcStat.SystemTicks(1400, 700, 100),
            Map.of("postgres", 250L, "kafka", 20L));
    CpuUsage usage = after.since(before);
    assertThat(usage.busyPercent()).isEqualTo(50.0);
    assertThat(usage.iowaitPercent()).isEqualTo(25.0);
    assertThat(usage.cores("postgres")).isEqualTo(0.75);
    assertThat(usage.cores("kafka")).isEqualTo(0.1);
    assertThat(usage.cores("absent")).isZero();
  }

  @Test
  void threadsAreGroupedByNameWithoutNumbers() {
    String stat = "77 (executor-thread-12) S 1 70 70 0 -1 0 0 0 0 0 40 10 900 900 20 0 1 0";
    assertThat(ThreadCpu.name(stat)).isEqualTo("executor-thread-12");
    assertThat(ThreadCpu.group("executor-thread-12")).isEqualTo("executor-thread-#");
    assertThat(ThreadCpu.group("C2 CompilerThre")).isEqualTo("C2 CompilerThre");
    assertThat(ThreadCpu.threadTicks(stat)).isEqualTo(50);

    ThreadCpu before = new ThreadCpu(Map.of("executor-thread-#", 100L, "outbox-relay", 10L));
    ThreadCpu after =
        new ThreadCpu(Map.of("executor-thread-#", 300L, "outbox-relay", 60L, "GC Thread#", 10L));
    assertThat(after.topSince(before, 2.0, 2))
        .isEqualTo("executor-thread-# 1.00, outbox-relay 0.25");
  }
}
