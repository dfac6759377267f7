package io.gigawatt.devstack;

import java.nio.file.Path;
import java.util.List;

/** Child JVM of {@link ReaperTest}: starts the embedded infrastructure, prints pids, waits. */
public final class InfrastructureHolder {
  private InfrastructureHolder() {}

  public static void main(String[] args) throws Exception {
    EmbeddedInfrastructure infrastructure =
        EmbeddedInfrastructure.start(EmbeddedSettings.temporary(Path.of(args[0]), List.of("app")));
    System.out.printf(
        "PIDS %d %d %d %d%n",
        infrastructure.kafka().pid(),
        infrastructure.postgres().pid(),
        infrastructure.postmasterPid(),
        Reaper.get().pid());
    Thread.sleep(Long.MAX_VALUE);
  }
}
