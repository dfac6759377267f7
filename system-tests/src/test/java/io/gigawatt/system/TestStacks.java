package io.gigawatt.system;

import io.gigawatt.devstack.AdminKey;
import io.gigawatt.devstack.LocalStack;
import io.gigawatt.devstack.LocalStackConfig;
import io.gigawatt.devstack.RunningStack;
import io.gigawatt.devstack.SupervisorSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** The packaged services and their infrastructure as processes, in a temp home removed after. */
final class TestStacks {
  private TestStacks() {}

  static RunningStack start(String name) throws IOException {
    return LocalStack.start(config(name));
  }

  /** With a supervisor (default settings) that restarts what dies. */
  static RunningStack startSupervised(String name) throws IOException {
    return LocalStack.start(config(name).withSupervisor(SupervisorSettings.defaults()));
  }

  /** Seeded with the 2025 Stargate announcements, as {@code ./gigawatt up} does. */
  static RunningStack startSeeded(String name) throws IOException {
    return LocalStack.start(config(name, true));
  }

  private static LocalStackConfig config(String name) throws IOException {
    return config(name, false);
  }

  private static LocalStackConfig config(String name, boolean seed) throws IOException {
    Path home = Files.createTempDirectory("gigawatt-" + name + "-");
    return LocalStackConfig.forTests(RepoFiles.locate().root(), home, seed);
  }

  /**
   * A new API key issued through the gateway with the stack's admin key (from its home's {@code
   * admin.key}), e.g. {@code issueKey(stack, "writer", "flow-it")}.
   */
  static String issueKey(RunningStack stack, String role, String name) throws Exception {
    String admin =
        AdminKey.read(stack.home().root())
            .orElseThrow(() -> new AssertionError("no admin.key in " + stack.home().root()));
    var issued =
        new Api(stack.apiUrl(), admin)
            .post(
                "/admin/api-keys", "{\"name\": \"" + name + "\", \"role\": \"" + role + "\"}", 201);
    return issued.get("key").asText();
  }

  static void stop(RunningStack stack) {
    if (stack == null) {
      return;
    }
    stack.stop();
    try (var paths = Files.walk(stack.home().root())) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
