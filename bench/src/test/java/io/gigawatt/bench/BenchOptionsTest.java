package io.gigawatt.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void defaults() {
    BenchOptions options = BenchOptions.parse();
    assertThat(options.clients()).containsExactly(16, 64, 256);
    assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(5));
    assertThat(options.window()).isEqualTo(Duration.ofSeconds(15));
    assertThat(options.rawModes()).containsExactly(RawMode.values());
    assertThat(options.variants()).containsExactly(Variant.DEFAULT);
    assertThat(options.http()).isEqualTo(HttpClient.Version.HTTP_1_1);
    assertThat(options.report())
        .isEqualTo(Path.of("").toAbsolutePath().resolve("bench/target/bench-report.md"));
  }

  @Test
  void everyOption() {
    BenchOptions options =
        BenchOptions.parse(
            "--clients",
            "8,128",
            "--warmup",
            "500ms",
            "--duration",
            "1m",
            "--raw",
            "single,batch10",
            "--http",
            "2",
            "--variant",
            "default",
            "--variant",
            "pool64:QUARKUS_DATASOURCE_JDBC_MAX_SIZE=64,pg.commit_delay=200",
            "--report",
            "/tmp/r.md");
    assertThat(options.clients()).containsExactly(8, 128);
    assertThat(options.warmup()).isEqualTo(Duration.ofMillis(500));
    assertThat(options.window()).isEqualTo(Duration.ofMinutes(1));
    assertThat(options.rawModes()).containsExactly(RawMode.SINGLE, RawMode.BATCH10);
    assertThat(options.http()).isEqualTo(HttpClient.Version.HTTP_2);
    assertThat(options.variants()).hasSize(2);
    Variant pool = options.variants().get(1);
    assertThat(pool.name()).isEqualTo("pool64");
    assertThat(pool.siteEnv()).isEqualTo(Map.of("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "64"));
    assertThat(pool.postgres()).isEqualTo(Map.of("commit_delay", "200"));
    assertThat(pool.describe())
        .isEqualTo("QUARKUS_DATASOURCE_JDBC_MAX_SIZE=64, pg.commit_delay=200");
    assertThat(options.report()).isEqualTo(Path.of("/tmp/r.md"));
  }

  @Test
  void aVariantCanDisableTheEventStoreTriggers() {
    Variant variant = Variant.parse("nonotify:triggers=off,GIGAWATT_RELAY_POLL_INTERVAL=50ms");
    assertThat(variant.eventStoreTriggers()).isFalse();
    assertThat(variant.siteEnv()).containsEntry("GIGAWATT_RELAY_POLL_INTERVAL", "50ms");
    assertThat(variant.describe())
        .isEqualTo("GIGAWATT_RELAY_POLL_INTERVAL=50ms, event_store triggers disabled");
    assertThat(Variant.DEFAULT.eventStoreTriggers()).isTrue();
    assertThat(Variant.DEFAULT.describe()).isEqualTo("as built");
  }

  @Test
  void quickAndNoRaw() {
    assertThat(BenchOptions.parse("--quick").clients()).isEqualTo(List.of(64, 256));
    assertThat(BenchOptions.parse("--raw", "none").rawModes()).isEmpty();
  }

  @Test
  void mistakesAreRefused() {
    assertThatThrownBy(() -> BenchOptions.parse("--clients"))
        .hasMessageContaining("Missing value after --clients");
    assertThatThrownBy(() -> BenchOptions.parse("--clients", "0"))
        .hasMessageContaining("clients must be");
    assertThatThrownBy(() -> BenchOptions.parse("--bogus", "1"))
        .hasMessageContaining("Unknown option --bogus");
    assertThatThrownBy(() -> BenchOptions.parse("--raw", "fast"))
        .hasMessageContaining("Unknown raw mode 'fast'");
    assertThatThrownBy(() -> Variant.parse("x:lower=1"))
        .hasMessageContaining("neither an environment variable nor pg.<setting>");
    assertThatThrownBy(() -> Variant.parse("x:NOVALUE")).hasMessageContaining("KEY=VALUE");
    assertThatThrownBy(() -> Variant.parse("bad name")).hasMessageContaining("variant name");
  }
}
