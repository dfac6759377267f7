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

    for (String profile : new String[] {"default", "observability"}) {
      var config = config(profile, "an-admin-key-for-the-check-0123456789");
      assertThat(config.exitValue())
          .as("docker-compose config -q said: %s", config.output())
          .isZero();
    }
    var withoutAdminKey = config("default", null);
    assertThat(withoutAdminKey.exitValue()).as("compose without GIGAWATT_ADMIN_KEY").isNotZero();
    assertThat(withoutAdminKey.output()).contains("set GIGAWATT_ADMIN_KEY first");
  }

  private record Result(int exitValue, String output) {}

  private static Result config(String profile, String adminKey)
      throws IOException, InterruptedException {
    var builder =
        new ProcessBuilder(
                "docker-compose", "-f", "docker-compose.yml", "--profile", profile, "config", "-q")
            .directory(RepoFiles.locate().root().toFile())
            .redirectErrorStream(true);
    builder.environment().remove("GIGAWATT_ADMIN_KEY");
    if (adminKey != null) {
      builder.environment().put("GIGAWATT_ADMIN_KEY", adminKey);
    }
    var process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
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
