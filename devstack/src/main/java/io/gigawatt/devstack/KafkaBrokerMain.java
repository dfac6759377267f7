package io.gigawatt.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.AppInfoParser;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node KRaft Kafka broker in its own JVM. Args: port, controller port, data dir. Formats
 * the storage on first use (the cluster id is kept in the data dir, so restarts reuse the data),
 * prints a {@link ReadyLine} once a client can reach it, stops cleanly on SIGTERM.
 */
public final class KafkaBrokerMain {
  private KafkaBrokerMain() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Exception e) {
      e.printStackTrace();
      System.out.println("Kafka broker failed to start: " + e);
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    long started = System.nanoTime();
    int port = Integer.parseInt(args[0]);
    int controllerPort = Integer.parseInt(args[1]);
    Path dataDir = Path.of(args[2]).toAbsolutePath();
    Path logDir = dataDir.resolve("kraft");
    Properties config = KafkaBrokerConfig.of(port, controllerPort, logDir);
    formatIfNeeded(dataDir, logDir, config);

    KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config, false), Time.SYSTEM);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.shutdown();
                  server.awaitShutdown();
                  System.out.println("Kafka broker stopped");
                },
                "kafka-shutdown"));
    String bootstrap = "127.0.0.1:" + port;
    server.startup();
    KafkaProbe.awaitReachable(bootstrap);
    System.out.println(
        ReadyLine.format(
            "kafka",
            Map.of(
                "pid",
                ProcessHandle.current().pid(),
                "version",
                AppInfoParser.getVersion(),
                "bootstrap",
                bootstrap,
                "millis",
                (System.nanoTime() - started) / 1_000_000)));
    server.awaitShutdown();
  }

  private static void formatIfNeeded(Path dataDir, Path logDir, Properties config)
      throws IOException {
    if (Files.exists(logDir.resolve("meta.properties"))) {
      return;
    }
    Files.createDirectories(dataDir);
    Path clusterIdFile = dataDir.resolve("cluster.id");
    if (!Files.exists(clusterIdFile)) {
      Files.writeString(clusterIdFile, Uuid.randomUuid().toString());
    }
    Path propertiesFile = dataDir.resolve("server.properties");
    try (OutputStream out = Files.newOutputStream(propertiesFile)) {
      config.store(out, "Gigawatt devstack broker (used for formatting)");
    }
    String clusterId = Files.readString(clusterIdFile).trim();
    int rc =
        StorageTool.execute(
            new String[] {"format", "-t", clusterId, "-c", propertiesFile.toString()}, System.out);
    if (rc != 0) {
      throw new IllegalStateException("Kafka storage format failed with exit code " + rc);
    }
  }
}
