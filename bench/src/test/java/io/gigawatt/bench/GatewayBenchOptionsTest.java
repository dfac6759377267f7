package io.gigawatt.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class GatewayBenchOptionsTest {

  @Test
  void defaultsQuickAndExplicitValues() {
    var defaults = GatewayBenchOptions.parse();
    assertThat(defaults.clients()).containsExactly(16, 64, 256);
    assertThat(defaults.rounds()).isEqualTo(2);
    assertThat(defaults.report().toString()).endsWith("bench/target/gateway-bench-report.md");

    var quick = GatewayBenchOptions.parse("--quick");
    assertThat(quick.clients()).containsExactly(64, 256);
    assertThat(quick.window()).isEqualTo(Duration.ofSeconds(5));

    var explicit =
        GatewayBenchOptions.parse("--clients", "8, 32", "--duration", "20s", "--rounds", "3");
    assertThat(explicit.clients()).isEqualTo(List.of(8, 32));
    assertThat(explicit.window()).isEqualTo(Duration.ofSeconds(20));
    assertThat(explicit.rounds()).isEqualTo(3);
  }

  @Test
  void nonsenseIsRefused() {
    assertThatThrownBy(() -> GatewayBenchOptions.parse("--rounds", "0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GatewayBenchOptions.parse("--colour", "red"))
        .hasMessageContaining("Unknown option --colour");
  }

  @Test
  void theSummarySaysWhetherTheGoalIsMet() {
    var direct = new GatewayReport.Summary(3000, 20.0, 60.0, 0, 0);
    var close = new GatewayReport.Summary(2850, 20.5, 61.5, 0.5, 0);
    var far = new GatewayReport.Summary(2000, 30.0, 90.0, 0.7, 0);

    assertThat(GatewayReport.summaryLine(256, direct, close))
        .contains("**95%**", "**+1.5**", "| met |");
    assertThat(GatewayReport.summaryLine(256, direct, far)).contains("**67%**", "not met");
  }
}
