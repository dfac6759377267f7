package io.gigawatt.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The supervisor of a local stack with real Kafka and PostgreSQL and {@link FakeService} jars as
 * the services: what is killed or stops being live comes back on its port with its data, counted in
 * status; up starts what is missing; down leaves nothing running and nothing is resurrected.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupervisorTest {
  private static final SupervisorSettings FAST =
      new SupervisorSettings(
          Duration.ofSeconds(3),
          Duration.ofMillis(200),
          Duration.ofSeconds(2),
          Duration.ofSeconds(20),
          Duration.ofMillis(100));
  private static final Duration BACK_WITHIN = Duration.ofSeconds(90);

  private final Path root = Path.of("target/supervisor-test").toAbsolutePath();
  private final Path repo = root.resolve("repo");
  private final Path home = root.resolve("home");
  private LocalStackConfig config;
  private RunningStack stack;

  @BeforeAll
  void start() throws Exception {
    EmbeddedProcesses.deleteRecursively(root);
    FakeRepo.create(repo);
    config = LocalStackConfig.forTests(repo, home, false).withSupervisor(FAST);
    stack = LocalStack.start(config);
    assertThat(stack.started()).contains("supervisor", "kafka", "postgres", "gateway");
  }

  @AfterAll
  void stop() {
    LocalStack.stop(home);
  }

  @Test
  @Order(1)
  void aKilledServiceComesBackHealthyWithTheRestartCounted() throws Exception {
    ProcessStatus before = line("site-service");

    long killedAt = kill(before.pid());
    ProcessStatus after =
        await("site-service", s -> s.pid() != before.pid() && s.health().equals("UP"));

    report("site-service killed", killedAt);
    assertThat(after.port()).isEqualTo(before.port());
    assertThat(after.restarts()).isEqualTo(1);
    assertThat(after.lastRestart()).endsWith("site-service (pid " + before.pid() + ") exited");
    assertThat(log("supervisor"))
        .contains("restart #1 of site-service: site-service (pid " + before.pid() + ") exited");
    awaitTrue(
        "the supervisor seeing site-service up",
        () -> log("supervisor").contains("site-service up again in"));
    assertThat(log("site-service")).contains("[gigawatt supervisor ", "restart #1 of site-service");
  }

  @Test
  @Order(2)
  void killedPostgresAndKafkaComeBackWithTheirData() throws Exception {
    KeptRow.write(stack);
    Map<String, Object> kafkaConfig =
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
    try (Admin admin = Admin.create(kafkaConfig)) {
      admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
    }

    ProcessStatus postmaster = line("postgres-server");
    long killedAt = kill(postmaster.pid());
    ProcessStatus back =
        await("postgres-server", s -> s.pid() != postmaster.pid() && s.health().startsWith("acc"));
    report("postgres-server killed", killedAt);
    ProcessStatus kafka = line("kafka");
    killedAt = kill(kafka.pid());
    await("kafka", s -> s.pid() != kafka.pid() && s.health().startsWith("accepting"));
    report("kafka killed", killedAt);

    assertThat(back.restarts()).isEqualTo(1);
    assertThat(back.lastRestart())
        .endsWith("postgres-server (pid " + postmaster.pid() + ") exited");
    assertThat(line("postgres").alive()).isTrue();
    KeptRow.assertKept(stack);
    try (Admin admin = Admin.create(kafkaConfig)) {
      assertThat(admin.listTopics().names().get()).contains("kept");
    }
    assertThat(line("kafka").restarts()).isEqualTo(1);
    assertThat(log("kafka")).containsOnlyOnce("Formatting metadata directory");
  }

  @Test
  @Order(3)
  void aServiceWhoseLivenessStaysDownIsRestarted() throws Exception {
    ProcessStatus before = line("contract-service");

    long downAt = System.nanoTime();
    post(stack.serviceUrl("contract-service") + "/fake/liveness/down");
    ProcessStatus after =
        await("contract-service", s -> s.pid() != before.pid() && s.health().equals("UP"));

    report("contract-service liveness DOWN (timeout 3 s)", downAt);
    assertThat(after.restarts()).isEqualTo(1);
    assertThat(after.lastRestart()).contains("liveness DOWN (HTTP 503) for");
    assertThat(Pids.isRunning(before.pid())).isFalse();
  }

  @Test
  @Order(4)
  void aHungBrokerIsKilledAndRestarted() throws Exception {
    ProcessStatus before = line("kafka");

    long hungAt = System.nanoTime();
    new ProcessBuilder("kill", "-STOP", Long.toString(before.pid())).start().waitFor();
    ProcessStatus after =
        await(
            "kafka",
            s -> s.pid() != before.pid() && s.restarts() == 2 && s.health().startsWith("acc"));

    report("kafka hung (SIGSTOP, timeout 3 s)", hungAt);
    assertThat(after.lastRestart()).contains("Kafka not answering on port " + before.port());
    assertThat(Pids.isRunning(before.pid())).isFalse();
  }

  @Test
  @Order(5)
  void restartRestartsOneProcessByItsName() {
    ProcessStatus before = line("gateway");

    String said = LocalStack.restart(config, "gateway");

    ProcessStatus after = line("gateway");
    assertThat(said).startsWith("gateway restarted: pid " + before.pid() + " -> " + after.pid());
    assertThat(after.pid()).isNotEqualTo(before.pid());
    assertThat(after.health()).isEqualTo("UP");
    assertThat(after.restarts()).isEqualTo(1);
    assertThat(after.lastRestart()).endsWith("requested (./gigawatt restart)");
    assertThatThrownBy(() -> LocalStack.restart(config, "nginx"))
        .hasMessageContaining("No process 'nginx'")
        .hasMessageContaining("postgres-server");
  }

  @Test
  @Order(6)
  void upStartsWhatIsMissingAndOnARunningStackNothing() throws Exception {
    ProcessStatus capacity = line("capacity-service");
    kill(line("supervisor").pid());
    kill(capacity.pid());
    assertThat(line("capacity-service").alive()).isFalse();

    RunningStack up = LocalStack.up(config);

    assertThat(up.started()).containsExactly("capacity-service", "supervisor");
    ProcessStatus restarted = line("capacity-service");
    assertThat(restarted.health()).isEqualTo("UP");
    assertThat(restarted.port()).isEqualTo(capacity.port());
    assertThat(restarted.lastRestart()).endsWith("not running at ./gigawatt up");
    assertThat(line("supervisor").alive()).isTrue();

    ProcessStatus gateway = line("gateway");
    kill(gateway.pid());
    assertThat(LocalStack.up(config).started())
        .as("started through the supervisor")
        .containsExactly("gateway");
    assertThat(line("gateway").health()).isEqualTo("UP");

    assertThat(LocalStack.up(config).started()).as("started on a running stack").isEmpty();
  }

  @Test
  @Order(7)
  void downStopsTheSupervisorFirstAndLeavesNothingRunning() throws Exception {
    List<Long> pids = LocalStack.status(home).stream().map(ProcessStatus::pid).toList();
    assertThat(pids).hasSize(8).allMatch(Pids::isRunning);
    kill(line("site-service").pid());
    Thread.sleep(FAST.backoffInitial().toMillis());

    List<String> stopped = LocalStack.stop(home);

    assertThat(stopped.get(0)).startsWith("supervisor");
    assertThat(pids).noneMatch(Pids::isRunning);
    Thread.sleep(FAST.backoffMax().plusSeconds(1).toMillis());
    try (Stream<Path> run = Files.list(home.resolve("run"))) {
      assertThat(run.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".pid"));
    }
    assertThat(processesMentioning(root)).as("processes of the stack").isEmpty();
  }

  private ProcessStatus line(String name) {
    return LocalStack.status(home).stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private ProcessStatus await(String name, Predicate<ProcessStatus> back) throws Exception {
    awaitTrue(name + " back", () -> line(name).alive() && back.test(line(name)));
    return line(name);
  }

  private static void awaitTrue(String what, Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + BACK_WITHIN.toNanos();
    while (!condition.call()) {
      assertThat(System.nanoTime()).as("%s within %s", what, BACK_WITHIN).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  private static long kill(long pid) {
    long killedAt = System.nanoTime();
    ProcessHandle.of(pid).orElseThrow().destroyForcibly();
    assertThat(Pids.awaitExit(pid, Duration.ofSeconds(10))).as("pid %d killed", pid).isTrue();
    return killedAt;
  }

  private static void report(String what, long since) {
    System.out.printf(
        "Supervisor: %s: healthy again %d ms later%n",
        what, (System.nanoTime() - since) / 1_000_000);
  }

  private String log(String name) throws IOException {
    return Files.readString(home.resolve("logs").resolve(name + ".log"));
  }

  private static void post(String url) throws Exception {
    HttpResponse<Void> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    assertThat(answer.statusCode()).isEqualTo(200);
  }

  /** Running (not zombie) processes whose command line mentions {@code dir}. */
  private static List<String> processesMentioning(Path dir) {
    return ProcessHandle.allProcesses()
        .filter(p -> Pids.isRunning(p.pid()))
        .map(p -> p.pid() + " " + Pids.commandLine(p.pid()))
        .filter(line -> line.contains(dir.toString()))
        .toList();
  }
}
