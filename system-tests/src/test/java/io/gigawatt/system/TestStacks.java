package io.gigawatt.system;

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

  private static LocalStackConfig config(String name) throws IOException {
    Path home = Files.createTempDirectory("gigawatt-" + name + "-");
    return LocalStackConfig.forTests(RepoFiles.locate().root(), home, false);
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
