package io.gigawatt.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Embedded or Testcontainers. {@code GIGAWATT_TEST_INFRA=embedded|testcontainers} forces the
 * choice; otherwise Testcontainers only when it is on the classpath, a Docker socket (or
 * DOCKER_HOST) exists and Testcontainers confirms the engine answers.
 */
public enum InfrastructureChoice {
  EMBEDDED,
  TESTCONTAINERS;

  static final String ENV = "GIGAWATT_TEST_INFRA";
  private static final Path DOCKER_SOCKET = Path.of("/var/run/docker.sock");
  private static final String FACTORY = "org.testcontainers.DockerClientFactory";

  public static InfrastructureChoice fromEnvironment() {
    String forced = System.getenv(ENV);
    if (forced != null && !forced.isBlank()) {
      return valueOf(forced.trim().toUpperCase(Locale.ROOT));
    }
    return dockerAvailable() ? TESTCONTAINERS : EMBEDDED;
  }

  public Infrastructure start(List<String> databases) {
    if (this == TESTCONTAINERS) {
      if (!onClasspath()) {
        throw new IllegalStateException(
            ENV
                + "=testcontainers but org.testcontainers:testcontainers-kafka and"
                + " testcontainers-postgresql are not on the test classpath");
      }
      return ContainerInfrastructure.start(databases);
    }
    return Infrastructure.startEmbedded(databases);
  }

  private static boolean dockerAvailable() {
    boolean socket = Files.exists(DOCKER_SOCKET) || System.getenv("DOCKER_HOST") != null;
    if (!socket || !onClasspath()) {
      return false;
    }
    try {
      return ContainerInfrastructure.dockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static boolean onClasspath() {
    try {
      Class.forName(FACTORY, false, InfrastructureChoice.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
