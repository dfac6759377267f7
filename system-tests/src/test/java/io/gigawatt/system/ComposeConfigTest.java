package io.gigawatt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Validates docker-compose.yml with Docker Compose itself, which needs no engine for {@code config
 * -q}. CI installs Debian's docker-compose (.ci/run) and must not skip this; elsewhere it runs when
 * docker-compose is on the PATH.
 */
class ComposeConfigTest {

  @Test
  void composeAcceptsTheFile() throws IOException, InterruptedException {
    boolean ci = "true".equals(System.getenv("CI"));
    boolean installed = onPath("docker-compose");
    assumeTrue(
        installed || ci, "docker-compose is not installed: skipping `docker-compose config -q`");
    assertThat(installed).as("CI must have docker-compose (see .ci/run)").isTrue();

    var root = RepoFiles.locate().root().toFile();
    for (String profile : new String[] {"default", "observability"}) {
      var process =
          new ProcessBuilder(
                  "docker-compose",
                  "-f",
                  "docker-compose.yml",
                  "--profile",
                  profile,
                  "config",
                  "-q")
              .directory(root)
              .redirectErrorStream(true)
              .start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as("docker-compose config -q said: %s", output).isZero();
    }
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (new java.io.File(dir, command).canExecute()) {
        return true;
      }
    }
    return false;
  }
}
