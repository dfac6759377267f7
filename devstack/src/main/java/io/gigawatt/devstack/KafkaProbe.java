package io.gigawatt.devstack;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Waits until a broker answers an AdminClient describeCluster. Runs in the broker's JVM only. */
final class KafkaProbe {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private KafkaProbe() {}

  static void awaitReachable(String bootstrap) throws InterruptedException {
    Map<String, Object> config =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    try (Admin admin = Admin.create(config)) {
      while (true) {
        try {
          if (!admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (Exception e) {
          if (System.nanoTime() > deadline) {
            throw new IllegalStateException("Broker at " + bootstrap + " not reachable", e);
          }
        }
        Thread.sleep(100);
      }
    }
  }
}
