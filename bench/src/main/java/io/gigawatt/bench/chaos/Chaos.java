package io.gigawatt.bench.chaos;

import io.gigawatt.bench.CapacityAdmin;
import io.gigawatt.devstack.Services;
import java.util.ArrayList;
import java.util.List;

/**
 * The chaos suite over a supervised stack: a steady write load through the gateway; each process of
 * {@link ChaosOptions#kills()} killed in turn and audited after; PostgreSQL, then Kafka, stopped
 * for a while and audited after; a final audit and the read model compared with a rebuild.
 */
public final class Chaos {
  private Chaos() {}

  /**
   * Runs the suite; {@code writerKey} is a writer key named {@code actor} (the actor the events
   * record), {@code run} prefixes the commands' correlation ids.
   */
  public static ChaosResult run(
      ChaosStack stack, String writerKey, String actor, ChaosOptions options) throws Exception {
    long started = System.nanoTime();
    var load =
        new CommandLoad(stack.gatewayUrl(), writerKey, options.clients(), options.rate(), actor);
    var ledger = new LedgerReader(stack, actor);
    var admin = new CapacityAdmin(stack.serviceUrl(Services.CAPACITY));
    var recovery = new Recovery(stack, load, ledger, admin, options);
    var faults = new Faults(stack, load, ledger, admin, recovery);
    var killFault = new KillFault(faults);
    var stopFault = new StopFault(faults);
    List<KillResult> kills = new ArrayList<>();
    List<StopResult> stops = new ArrayList<>();
    String aborted = null;
    load.start();
    try {
      Thread.sleep(options.afterRecovery().toMillis());
      for (String process : options.kills()) {
        log("kill -9 " + process);
        kills.add(killFault.run(process));
        log(summary(kills.get(kills.size() - 1)));
      }
      if (!options.postgresStop().isZero()) {
        log("SIGSTOP postgres-server for " + options.postgresStop());
        stops.add(stopFault.run("postgres-server", options.postgresStop()));
      }
      if (!options.kafkaStop().isZero()) {
        log("SIGSTOP kafka for " + options.kafkaStop());
        stops.add(stopFault.run("kafka", options.kafkaStop()));
      }
    } catch (IllegalStateException e) {
      aborted = e.getMessage();
      log("aborted: " + aborted);
    }
    load.pause();
    Audit audit = null;
    RebuildCheck.Result rebuild = null;
    if (aborted == null) {
      log("final audit and rebuild");
      audit = recovery.settle().audit();
      rebuild = new RebuildCheck(ledger, admin, recovery).run();
    }
    return new ChaosResult(
        options,
        kills,
        stops,
        audit,
        rebuild,
        Audit.outcomes(load.answers()),
        java.time.Duration.ofNanos(System.nanoTime() - started),
        aborted);
  }

  private static String summary(KillResult k) {
    return String.format(
        "%s back after %.1f s, healthy after %.1f s, %d failed commands, %d violations",
        k.process(),
        k.backSeconds(),
        k.healthySeconds(),
        k.failedDuringOutage().values().stream().mapToLong(Long::longValue).sum(),
        k.violations().size());
  }

  private static void log(String line) {
    System.out.println("[chaos] " + line);
  }
}
