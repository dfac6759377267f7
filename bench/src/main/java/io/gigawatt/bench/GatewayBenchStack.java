package io.gigawatt.bench;

import io.gigawatt.devstack.AdminKey;
import io.gigawatt.devstack.EmbeddedInfrastructure;
import io.gigawatt.devstack.EmbeddedSettings;
import io.gigawatt.devstack.FreePorts;
import io.gigawatt.devstack.Services;
import io.gigawatt.devstack.StackPorts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka, a durable PostgreSQL (databases sites and gateway), the packaged site-service and the
 * packaged gateway in front of it, as the local stack runs them.
 */
final class GatewayBenchStack implements AutoCloseable {
  static final String ADMIN_KEY = "gw_bench-admin-key-0123456789abcdefghij";
  private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");

  private final EmbeddedInfrastructure infrastructure;
  private final ServiceProcess site;
  private final ServiceProcess gateway;
  private boolean closed;

  private GatewayBenchStack(
      EmbeddedInfrastructure infrastructure, ServiceProcess site, ServiceProcess gateway) {
    this.infrastructure = infrastructure;
    this.site = site;
    this.gateway = gateway;
  }

  static GatewayBenchStack start(
      Path workDir, Path siteApp, Path gatewayApp, Map<String, String> gatewayEnv, Path logs) {
    EmbeddedSettings settings =
        EmbeddedSettings.temporary(workDir, List.of("sites", "gateway")).withDurable(true);
    EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(settings);
    ServiceProcess site = null;
    try {
      int[] free = FreePorts.allocate(2);
      StackPorts ports =
          new StackPorts(
              free[0],
              free[1],
              0,
              0,
              infrastructure.settings().kafkaPort(),
              0,
              infrastructure.settings().postgresPort());
      site =
          ServiceProcess.start(
              Services.SITE, siteApp, ports, Map.of(), logs.resolve("site-service.log"));
      Map<String, String> env = new LinkedHashMap<>(gatewayEnv);
      env.put(AdminKey.ENV, ADMIN_KEY);
      ServiceProcess gateway =
          ServiceProcess.start(
              Services.GATEWAY, gatewayApp, ports, env, logs.resolve("gateway.log"));
      return new GatewayBenchStack(infrastructure, site, gateway);
    } catch (RuntimeException e) {
      if (site != null) {
        site.stop();
      }
      infrastructure.close();
      throw e;
    }
  }

  ServiceProcess site() {
    return site;
  }

  ServiceProcess gateway() {
    return gateway;
  }

  String jdbcUrl() {
    return infrastructure.jdbcUrl("sites");
  }

  String describe() {
    return infrastructure.describe();
  }

  /** A writer key for the load, with a rate limit far above what the machine can send. */
  String issueWriterKey() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(gateway.url() + "/api/v1/admin/api-keys"))
            .header("Authorization", "Bearer " + ADMIN_KEY)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"name\":\"bench\",\"role\":\"writer\",\"rateLimit\":1000000}"))
            .build();
    HttpResponse<String> answer =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    Matcher key = KEY.matcher(answer.body());
    if (answer.statusCode() != 201 || !key.find()) {
      throw new IllegalStateException(
          "cannot issue a writer key: HTTP " + answer.statusCode() + " " + answer.body());
    }
    return key.group(1);
  }

  /** The processes whose CPU time the report shows. */
  List<CpuSample.Watched> watched() {
    return List.of(
        new CpuSample.Watched("site-service", site.pid(), true),
        new CpuSample.Watched("gateway", gateway.pid(), true),
        new CpuSample.Watched("postgres", infrastructure.postmasterPid(), true),
        new CpuSample.Watched("kafka", infrastructure.kafka().pid(), true),
        new CpuSample.Watched("bench", ProcessHandle.current().pid(), false));
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      gateway.stop();
      site.stop();
    } finally {
      infrastructure.close();
    }
  }
}
