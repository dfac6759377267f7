package io.gigawatt.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.devstack.LocalStack;
import io.gigawatt.devstack.ProcessStatus;
import io.gigawatt.devstack.RunningStack;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged services under their supervisor: capacity-service, the PostgreSQL postmaster and the
 * Kafka broker, each killed with SIGKILL, come back by themselves on their ports, and the stack
 * takes commands and counts them in its capacity view again.
 */
class SelfHealingIT {
  private static final List<String> KILLED =
      List.of("capacity-service", "postgres-server", "kafka");
  private static final Duration BACK = Duration.ofSeconds(120);

  private static RunningStack stack;
  private static Api api;

  @BeforeAll
  static void startStack() throws Exception {
    stack = TestStacks.startSupervised("healing-it");
    api = new Api(stack.apiUrl(), TestStacks.issueKey(stack, "writer", "self-healing-it"));
  }

  @AfterAll
  static void stopStack() {
    TestStacks.stop(stack);
  }

  @Test
  void killedProcessesComeBackAndTheStackServesAgain() throws Exception {
    for (String process : KILLED) {
      ProcessStatus before = status(process);
      long killedAt = System.nanoTime();
      ProcessHandle.of(before.pid()).orElseThrow().destroyForcibly();

      ProcessStatus after =
          Await.until(
              process + " restarted by the supervisor",
              BACK,
              () -> status(process),
              s -> s.alive() && s.pid() != before.pid() && s.restarts() == 1);
      double back = seconds(killedAt);
      Await.until(
          "a site announced through the gateway after " + process + " was killed",
          BACK,
          () -> api.post("/sites", Bodies.site(process + " probe", "US", "US-TX", 10), 201),
          answer -> answer.hasNonNull("siteId"));
      System.out.printf(
          "SelfHealingIT: %s (pid %d) killed; running again (pid %d) after %.1f s, a command"
              + " accepted after %.1f s%n",
          process, before.pid(), after.pid(), back, seconds(killedAt));
      assertThat(after.port()).isEqualTo(before.port());
      assertThat(after.lastRestart()).endsWith(process + " (pid " + before.pid() + ") exited");
    }
    long reading = System.nanoTime();
    Await.until(
        "every probe site counted in the US view",
        BACK,
        () -> api.get("/capacity/regions/US", 200),
        us -> us.at("/sites/announced").asLong() >= KILLED.size());
    System.out.printf("SelfHealingIT: the probes counted after %.1f s%n", seconds(reading));
  }

  private static ProcessStatus status(String process) {
    return LocalStack.status(stack.home().root()).stream()
        .filter(s -> s.name().equals(process))
        .findFirst()
        .orElseThrow();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
