package io.gigawatt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportFormatterTest {
  private static final Instant T0 = Instant.parse("2026-11-29T17:00:00Z");
  private static final Duration WINDOW = Duration.ofSeconds(10);
  private static final PostgresFacts DURABLE =
      new PostgresFacts(
          "17.6",
          new java.util.TreeMap<>(
              Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on")));

  @Test
  void factsSummaryAndTables() {
    String md = ReportFormatter.markdown(report(List.of(rawRow()), List.of(httpRow(11_900))));

    assertThat(md)
        .startsWith("# Gigawatt write benchmark\n")
        .contains("- Command: `./bench/run --quick`")
        .contains("- Machine: 2 cores (Test CPU), 24,000 MiB")
        .contains("- Load average (1/5/15 min): 5.10 4.00 3.00 at the start, 6.00 5.00 4.00 at")
        .contains(
            "PostgreSQL 17.6, durable commits: fsync=on, full_page_writes=on, synchronous_commit=on")
        .contains("took 2m05s")
        .contains(
            "- Durable appends through site-service: best 1,200/s (variant default, 32 clients,"
                + " p99 40.0 ms) = 24 % of the goal of 5,000/s")
        .contains(
            "- Raw PostgreSQL, 1 row per transaction (autocommit): best 3,000 rows/s (32 clients)")
        .contains(
            "| single | yes | 32 | 3,000 | 3,000 | 9.0 | 20.0 | 0 | 95 | 3 | 1.20 | 0.400 | 7.00 6.00"
                + " 5.00 |")
        .contains("| default | 32 | 1,200 | 25.0 | 30.0 | 40.0 | 90.0 | 0 | 6.50 5.00 4.00 |")
        .contains("- `default`: as built")
        .contains("| default | 32 | 1,200 | 1,190 | 250 | 40 | 0.08 | – | 12 | 80 | yes |")
        .contains(
            "| default | 32 | 98 | 1 | 0.90 | 0.70 | 0.10 | 0.20 | 0.75 | 0.58 | 0.08 | 1,412 |")
        .contains("- Relay under load: keeps up in every row")
        .contains("- Relay on a backlog: best 2,500 events/s (variant default, 20,000 events)")
        .contains("| default | 20,000 | 8.00 | 2,500 | 90 | 0.80 | 0.40 | 0.30 | 3 |")
        .contains("| default | 32 | executor-thread-# 0.50, outbox-relay 0.10 |")
        .doesNotContain("First error");
  }

  @Test
  void aRelayThatFallsBehindAndErrorsAreCalledOut() {
    HttpRow behind = httpRow(6_000);
    LoadResult failing =
        new LoadResult(
            "http",
            64,
            1,
            WINDOW,
            10,
            3,
            "HTTP 500: boom",
            Latencies.of(new long[] {1}),
            T0,
            T0.plus(WINDOW),
            T0.plus(WINDOW));
    HttpRow failed =
        new HttpRow(
            Variant.parse("pool64:X=1"), failing, behind.relay(), CpuUsage.NONE, "", "1 1 1");
    String md = ReportFormatter.markdown(report(List.of(), List.of(behind, failed)));

    assertThat(md)
        .contains("| **no** |")
        .contains("- Relay under load: falls behind in some rows")
        .contains("- `pool64`: X=1")
        .contains("## First error per row\n\n- http x64: HTTP 500: boom")
        .doesNotContain("## (a)");
  }

  @Test
  void numberFormats() {
    assertThat(ReportFormatter.rate(12345.6)).isEqualTo("12,346");
    assertThat(ReportFormatter.millis(1_250_000)).isEqualTo("1.3");
    assertThat(ReportFormatter.human(Duration.ofMillis(250))).isEqualTo("250ms");
    assertThat(ReportFormatter.human(Duration.ofSeconds(42))).isEqualTo("42s");
  }

  private static BenchReport report(List<RawRow> raw, List<HttpRow> http) {
    return new BenchReport(
        "./bench/run --quick",
        T0,
        Duration.ofSeconds(125),
        new MachineFacts(2, "Test CPU", 24_000, "Linux 6", "OpenJDK 17", "5.10 4.00 3.00"),
        "6.00 5.00 4.00",
        DURABLE,
        "embedded Kafka, embedded PostgreSQL",
        "site-service/target/quarkus-app",
        "1.1",
        Duration.ofSeconds(5),
        WINDOW,
        raw,
        http,
        List.of(
            new RelayCapacity(
                Variant.DEFAULT,
                20_000,
                Duration.ofSeconds(8),
                true,
                new CpuUsage(90, 2, Map.of("site-service", 0.8, "postgres", 0.4, "kafka", 0.3)),
                3)));
  }

  private static RawRow rawRow() {
    LoadResult load =
        new LoadResult(
            "raw-single",
            32,
            1,
            WINDOW,
            30_000,
            0,
            null,
            new Latencies(30_000, 9_000_000, 12_000_000, 20_000_000, 50_000_000),
            T0,
            T0.plus(WINDOW),
            T0.plus(WINDOW));
    return new RawRow(
        RawMode.SINGLE, load, new CpuUsage(95, 3, Map.of("postgres", 1.2)), "7.00 6.00 5.00");
  }

  /** 1,200 appends/s in a 10 s window; the relay published {@code publishedInWindow} of them. */
  private static HttpRow httpRow(long publishedInWindow) {
    LoadResult load =
        new LoadResult(
            "http",
            32,
            1,
            WINDOW,
            12_000,
            0,
            null,
            new Latencies(12_000, 25_000_000, 30_000_000, 40_000_000, 90_000_000),
            T0,
            T0.plus(WINDOW),
            T0.plus(WINDOW));
    RelayResult relay =
        new RelayResult(
            WINDOW,
            12_000,
            publishedInWindow,
            250,
            40,
            40,
            Duration.ofMillis(80),
            true,
            12,
            80,
            120);
    CpuUsage cpu =
        new CpuUsage(
            98, 1, Map.of("site-service", 0.9, "postgres", 0.7, "kafka", 0.1, "bench", 0.2));
    return new HttpRow(
        Variant.DEFAULT,
        load,
        relay,
        cpu,
        "executor-thread-# 0.50, outbox-relay 0.10",
        "6.50 5.00 4.00");
  }
}
