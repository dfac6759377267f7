package io.gigawatt.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The two forked JVMs of the embedded infrastructure, and cleaning up after them. */
final class EmbeddedProcesses {
  static final String KAFKA_MAIN = "io.gigawatt.devstack.KafkaBrokerMain";
  static final String POSTGRES_MAIN = "io.gigawatt.devstack.PostgresMain";
  private static final Duration GRACE = Duration.ofSeconds(20);

  private final EmbeddedSettings settings;
  private final List<Long> jvms = new ArrayList<>();
  private final List<Long> postmasters = new ArrayList<>();

  EmbeddedProcesses(EmbeddedSettings settings) {
    this.settings = settings;
  }

  EmbeddedSettings settings() {
    return settings;
  }

  ForkedProcess startKafka(Duration timeout) {
    return kafka().start(timeout, pid -> ran("kafka", pid));
  }

  ForkedProcess startPostgres(Duration timeout) {
    return adoptPostmaster(postgres().start(timeout, pid -> ran("postgres", pid)));
  }

  private ForkedJvm kafka() {
    return new ForkedJvm(
        "kafka",
        KAFKA_MAIN,
        jvmOptions("-Xmx256m"),
        List.of(
            Integer.toString(settings.kafkaPort()),
            Integer.toString(settings.kafkaControllerPort()),
            settings.kafkaData().toString()),
        settings.logDir().resolve("kafka.log"),
        settings.detached());
  }

  private ForkedJvm postgres() {
    return new ForkedJvm(
        "postgres",
        POSTGRES_MAIN,
        jvmOptions("-Xmx128m"),
        postgresArgs(),
        settings.logDir().resolve("postgres.log"),
        settings.detached());
  }

  private List<String> postgresArgs() {
    List<String> args = new ArrayList<>();
    args.add(Integer.toString(settings.postgresPort()));
    args.add(settings.postgresData().toString());
    args.add(String.join(",", settings.databases()));
    if (settings.durable()) {
      args.add(PostgresMain.DURABLE);
    }
    return args;
  }

  /** The postmaster is not a child of the PostgreSQL JVM (pg_ctl detaches it): track it too. */
  private ForkedProcess adoptPostmaster(ForkedProcess postgres) {
    long postmaster = Long.parseLong(postgres.ready().get("postmaster"));
    if (!settings.detached()) {
      Reaper.get().register(postmaster);
    }
    synchronized (this) {
      postmasters.add(postmaster);
    }
    writePid("postgres-server", postmaster);
    return postgres;
  }

  private void ran(String name, long pid) {
    synchronized (this) {
      jvms.add(pid);
    }
    writePid(name, pid);
  }

  /** Stops the two JVMs first (PostgreSQL's stops its postmaster on SIGTERM), then leftovers. */
  void stopAll() {
    List<Long> first;
    List<Long> last;
    synchronized (this) {
      first = List.copyOf(jvms);
      last = List.copyOf(postmasters);
    }
    Parallel.forEach(first, pid -> Pids.stop(pid, GRACE));
    last.forEach(pid -> Pids.stop(pid, GRACE));
    if (!settings.detached()) {
      Stream.concat(first.stream(), last.stream()).forEach(Reaper.get()::unregister);
    }
    if (settings.temporary()) {
      deleteRecursively(settings.root());
    }
  }

  private List<String> jvmOptions(String heap) {
    return List.of(
        heap,
        "-XX:+UseSerialGC",
        "-Dlog4j2.configurationFile=gigawatt-devstack-log4j2.xml",
        "-Dlog4j2.shutdownHookEnabled=false");
  }

  private void writePid(String name, long pid) {
    if (settings.runDir() != null) {
      Pids.write(settings.runDir().resolve(name + ".pid"), pid);
    }
  }

  static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
