package io.gigawatt.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.gigawatt.system.ComposeFile.PortMapping;
import io.gigawatt.system.ComposeFile.Service;
import io.gigawatt.system.Endpoints.Jdbc;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks docker-compose.yml and the Dockerfile against the repository without a Docker engine:
 * modules, HTTP ports, databases, Kafka listeners and topics, published ports, health checks and
 * start order.
 */
class ComposeFileTest {
  private static final String GATEWAY = "gateway";
  private static final String READINESS = "/q/health/ready";
  private static final String HEALTHY = "service_healthy";
  private static final String COMPLETED = "service_completed_successfully";
  private static final Pattern CREATE_DATABASE =
      Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?(\\w+)\"?");
  private static final Pattern CREATE_TOPIC =
      Pattern.compile("(?m)^\\s*create\\s+--topic\\s+(\\S+)(.*)$");
  private static final Pattern CONFIG = Pattern.compile("--config\\s+(\\S+)");
  private static final Pattern TOPIC_CONSTANT =
      Pattern.compile("static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern DOCKERFILE_POM_COPY =
      Pattern.compile("(?m)^COPY\\s+(\\S+)/pom\\.xml\\s");

  private final RepoFiles repo = RepoFiles.locate();
  private final ComposeFile compose = ComposeFile.parse(repo.path("docker-compose.yml"));

  @Test
  void everyBuiltServiceIsAModuleOfTheReactor() {
    assertThat(builtServices()).as("services built from this repository").isNotEmpty();
    for (Service service : builtServices()) {
      String module = moduleOf(service);
      assertThat(service.node().path("build").path("context").asText())
          .as("%s build context", service.name())
          .isEqualTo(".");
      assertThat(repo.path(module + "/pom.xml")).as("pom of module %s", module).isRegularFile();
      assertThat(repo.modules()).as("modules of the root pom").contains(module);
    }
  }

  @Test
  void dockerfileCopiesEveryModulePomBeforeTheSources() {
    Set<String> copied = new TreeSet<>();
    Matcher matcher = DOCKERFILE_POM_COPY.matcher(repo.read("Dockerfile"));
    while (matcher.find()) {
      copied.add(matcher.group(1));
    }
    assertThat(copied)
        .as("module poms copied by the Dockerfile (the reactor needs all of them)")
        .containsExactlyInAnyOrderElementsOf(repo.modules());
    assertThat(repo.read(".dockerignore").lines()).contains("**/target", ".git");
  }

  @Test
  void containerPortsAreTheServicesHttpPorts() {
    for (Service service : builtServices()) {
      String port = httpPort(service);
      assertThat(service.buildArg("PORT")).as("%s build arg PORT", service.name()).hasValue(port);
      Set<String> containerPorts = new HashSet<>(service.expose());
      service.ports().forEach(p -> containerPorts.add(p.containerPort()));
      assertThat(containerPorts).as("%s container ports", service.name()).containsExactly(port);
    }
  }

  @Test
  void dataServicesUseTheirOwnDatabaseCreatedByThePostgresInitScript() {
    Service postgres = postgres();
    Map<String, String> postgresEnv = postgres.environment();
    Set<String> created = createdDatabases(postgres);
    Map<String, String> databaseOwners = new HashMap<>();
    for (Service service : builtServices()) {
      String configured = properties(service).getProperty("quarkus.datasource.jdbc.url");
      Map<String, String> env = service.environment();
      if (configured == null) {
        assertThat(env.keySet())
            .as("%s has no datasource", service.name())
            .noneMatch(k -> k.startsWith("QUARKUS_DATASOURCE_"));
        continue;
      }
      String url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
      assertThat(url).as("%s QUARKUS_DATASOURCE_JDBC_URL", service.name()).isNotNull();
      Jdbc jdbc = Jdbc.parse(url);
      assertThat(jdbc.host()).as("%s database host", service.name()).isEqualTo(postgres.name());
      assertThat(jdbc.port()).as("%s database port", service.name()).isEqualTo(5432);
      assertThat(jdbc.database())
          .as("%s database (application.properties: %s)", service.name(), configured)
          .isEqualTo(Jdbc.parse(configured).database());
      assertThat(created).as("databases created by the init script").contains(jdbc.database());
      assertThat(databaseOwners.put(jdbc.database(), service.name()))
          .as("another service using database %s", jdbc.database())
          .isNull();
      assertThat(env.get("QUARKUS_DATASOURCE_USERNAME"))
          .as("%s database user", service.name())
          .isEqualTo(postgresEnv.get("POSTGRES_USER"));
      assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD"))
          .as("%s database password", service.name())
          .isEqualTo(postgresEnv.get("POSTGRES_PASSWORD"));
    }
    assertThat(databaseOwners).as("services with a database").isNotEmpty();
  }

  @Test
  void kafkaClientsUseTheBrokersInternalListener() {
    String internal = internalListener();
    assertThat(Endpoints.host(internal)).isEqualTo(kafka().name());
    for (Service service : builtServices()) {
      Map<String, String> env = service.environment();
      if (usesKafka(service)) {
        assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS"))
            .as("%s KAFKA_BOOTSTRAP_SERVERS", service.name())
            .isEqualTo(internal);
      } else {
        assertThat(env)
            .as("%s does not use Kafka", service.name())
            .doesNotContainKey("KAFKA_BOOTSTRAP_SERVERS");
      }
    }
    assertThat(kafkaInit().command()).contains("--bootstrap-server " + internal);
  }

  @Test
  void kafkasExternalListenerIsPublishedOnTheSamePortOfLocalhost() {
    Map<String, String> env = kafka().environment();
    Map<String, String> advertised =
        Endpoints.kafkaListeners(env.get("KAFKA_ADVERTISED_LISTENERS"));
    Map<String, String> bound = Endpoints.kafkaListeners(env.get("KAFKA_LISTENERS"));
    Map<String, String> external = new LinkedHashMap<>(advertised);
    external.remove(env.get("KAFKA_INTER_BROKER_LISTENER_NAME"));
    assertThat(external).as("external listeners").hasSize(1);
    Map.Entry<String, String> listener = external.entrySet().iterator().next();
    String port = Endpoints.port(listener.getValue());
    assertThat(Endpoints.host(listener.getValue())).isEqualTo("localhost");
    assertThat(Endpoints.port(bound.get(listener.getKey()))).isEqualTo(port);
    assertThat(kafka().ports()).containsExactly(new PortMapping(port, port));
  }

  @Test
  void gatewayReachesEachServiceByNameAndPort() {
    Map<String, String> expected = new LinkedHashMap<>();
    for (Service service : builtServices()) {
      if (!service.name().equals(GATEWAY)) {
        String variable = "GIGAWATT_" + service.name().toUpperCase().replace('-', '_') + "_URL";
        expected.put(variable, "http://" + service.name() + ":" + httpPort(service));
      }
    }
    Map<String, String> actual =
        compose.service(GATEWAY).environment().entrySet().stream()
            .filter(e -> e.getKey().matches("GIGAWATT_.*_URL"))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void theGatewayGetsItsFirstAdminKeyFromTheEnvironmentAndNeverAFixedOne() {
    assertThat(compose.service(GATEWAY).environment().get("GIGAWATT_ADMIN_KEY"))
        .as("gateway GIGAWATT_ADMIN_KEY: required from the caller's environment")
        .startsWith("${GIGAWATT_ADMIN_KEY:?");
  }

  @Test
  void kafkaInitCreatesExactlyTheContractTopics() {
    Map<String, String> topics = topicConstants();
    Map<String, Set<String>> created = new HashMap<>();
    Matcher matcher = CREATE_TOPIC.matcher(kafkaInit().command());
    while (matcher.find()) {
      Set<String> configs = new HashSet<>();
      Matcher config = CONFIG.matcher(matcher.group(2));
      while (config.find()) {
        configs.add(config.group(1));
      }
      created.put(matcher.group(1), configs);
    }
    assertThat(created.keySet()).containsExactlyInAnyOrderElementsOf(topics.values());
    assertThat(created.get(topics.get("SITE_EVENTS"))).contains("retention.ms=-1");
    assertThat(created.get(topics.get("CONTRACT_EVENTS"))).contains("retention.ms=-1");
    assertThat(created.get(topics.get("CAPACITY_REGIONS"))).contains("cleanup.policy=compact");
    assertThat(created.get(topics.get("CAPACITY_DEAD_LETTERS"))).contains("retention.ms=-1");
    assertThat(created.get(topics.get("CONTRACT_DEAD_LETTERS"))).contains("retention.ms=-1");
    assertThat(kafkaInit().command()).contains("--if-not-exists");
  }

  @Test
  void onlyTheGatewayAndKafkaPublishPorts() {
    Set<String> publishing =
        compose.services().values().stream()
            .filter(s -> s.profiles().isEmpty() && !s.ports().isEmpty())
            .map(Service::name)
            .collect(Collectors.toSet());
    assertThat(publishing).containsExactlyInAnyOrder(GATEWAY, kafka().name());
    Service gateway = compose.service(GATEWAY);
    assertThat(gateway.ports()).containsExactly(new PortMapping("8080", httpPort(gateway)));
  }

  @Test
  void everyLongRunningServiceHasAHealthcheck() {
    for (Service service : compose.services().values()) {
      if (!isOneShot(service)) {
        assertThat(service.healthcheckTest())
            .as("%s healthcheck", service.name())
            .isNotEmpty()
            .first()
            .isIn("CMD", "CMD-SHELL");
      }
    }
    for (Service service : builtServices()) {
      assertThat(service.healthcheckTest())
          .as("%s healthcheck", service.name())
          .containsExactly("CMD", "gigawatt-healthcheck", httpPort(service), READINESS);
    }
    assertThat(repo.read("Dockerfile"))
        .contains("COPY docker/healthcheck.sh /usr/local/bin/gigawatt-healthcheck");
    assertThat(repo.read("docker/healthcheck.sh")).contains("/dev/tcp/", READINESS);
  }

  @Test
  void everyLongRunningServiceIsRestartedWhenItDies() {
    for (Service service : compose.services().values()) {
      if (isOneShot(service)) {
        assertThat(service.restart()).as("%s restart policy", service.name()).hasValue("no");
      } else {
        assertThat(service.restart())
            .as("%s restart policy (a crashed container must come back)", service.name())
            .hasValueSatisfying(
                policy -> assertThat(policy).matches("unless-stopped|always|on-failure(:\\d+)?"));
      }
    }
  }

  @Test
  void servicesStartOnlyWhenWhatTheyNeedIsReady() {
    Map<String, Service> services = compose.services();
    for (Service service : services.values()) {
      service
          .dependsOn()
          .forEach(
              (dependency, condition) -> {
                assertThat(services).as("%s depends on", service.name()).containsKey(dependency);
                String expected = isOneShot(services.get(dependency)) ? COMPLETED : HEALTHY;
                assertThat(condition)
                    .as("%s waits for %s", service.name(), dependency)
                    .isEqualTo(expected);
              });
    }
    for (Service service : builtServices()) {
      Map<String, String> dependsOn = service.dependsOn();
      assertThat(dependsOn).as("%s depends_on", service.name()).isNotEmpty();
      if (properties(service).containsKey("quarkus.datasource.jdbc.url")) {
        assertThat(dependsOn).containsEntry(postgres().name(), HEALTHY);
      }
      if (usesKafka(service)) {
        assertThat(dependsOn)
            .containsEntry(kafka().name(), HEALTHY)
            .containsEntry(kafkaInit().name(), COMPLETED);
      }
    }
    Set<String> backends =
        builtServices().stream()
            .map(Service::name)
            .filter(n -> !n.equals(GATEWAY))
            .collect(Collectors.toSet());
    assertThat(compose.service(GATEWAY).dependsOn().keySet()).containsAll(backends);
  }

  @Test
  void prometheusScrapesTheMetricsOfEveryService() throws IOException {
    List<Service> prometheus =
        compose.services().values().stream()
            .filter(s -> s.image().orElse("").startsWith("prom/prometheus"))
            .toList();
    for (Service service : prometheus) {
      assertThat(service.profiles()).as("prometheus profiles").contains("observability");
      List<String> configs = service.bindMountSources("/etc/prometheus/prometheus.yml");
      assertThat(configs).hasSize(1);
      JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(repo.read(configs.get(0)));
      Set<String> targets = new HashSet<>();
      for (JsonNode job : config.path("scrape_configs")) {
        assertThat(job.path("metrics_path").asText()).isEqualTo("/q/metrics");
        job.findValues("targets").forEach(list -> list.forEach(t -> targets.add(t.asText())));
      }
      Set<String> expected =
          builtServices().stream()
              .map(s -> s.name() + ":" + httpPort(s))
              .collect(Collectors.toSet());
      assertThat(targets).isEqualTo(expected);
    }
  }

  private List<Service> builtServices() {
    return compose.services().values().stream().filter(Service::isBuilt).toList();
  }

  private String moduleOf(Service service) {
    return service
        .buildArg("MODULE")
        .orElseThrow(() -> new AssertionError(service.name() + " has no build arg MODULE"));
  }

  private Properties properties(Service service) {
    String module = moduleOf(service);
    String file = module + "/src/main/resources/application.properties";
    if (!repo.exists(file)) {
      fail("%s is missing: the %s service's configuration", file, service.name());
    }
    return repo.applicationProperties(module);
  }

  private String httpPort(Service service) {
    String port = properties(service).getProperty("quarkus.http.port");
    assertThat(port).as("quarkus.http.port of %s", moduleOf(service)).isNotBlank();
    return port.trim();
  }

  private boolean usesKafka(Service service) {
    return properties(service).stringPropertyNames().stream()
        .anyMatch(k -> k.startsWith("kafka.") || k.startsWith("mp.messaging."));
  }

  private Service kafka() {
    return single("Kafka broker", s -> s.environment().containsKey("KAFKA_PROCESS_ROLES"));
  }

  private Service kafkaInit() {
    return single("Kafka topic creation", s -> s.command().contains("kafka-topics.sh"));
  }

  private Service postgres() {
    return single("PostgreSQL", s -> s.image().orElse("").startsWith("postgres:"));
  }

  private Service single(String what, Predicate<Service> predicate) {
    List<Service> matching = compose.services().values().stream().filter(predicate).toList();
    assertThat(matching).as(what + " services").hasSize(1);
    return matching.get(0);
  }

  /**
   * A one-shot service runs to completion; others wait for it with service_completed_successfully.
   */
  private boolean isOneShot(Service service) {
    return service.equals(kafkaInit());
  }

  private String internalListener() {
    Map<String, String> env = kafka().environment();
    String advertised =
        Endpoints.kafkaListeners(env.get("KAFKA_ADVERTISED_LISTENERS"))
            .get(env.get("KAFKA_INTER_BROKER_LISTENER_NAME"));
    assertThat(advertised).as("advertised inter-broker listener").isNotNull();
    return advertised;
  }

  private Set<String> createdDatabases(Service postgres) {
    List<String> scripts = postgres.bindMountSources("/docker-entrypoint-initdb.d");
    assertThat(scripts).as("postgres init scripts").isNotEmpty();
    Set<String> databases = new HashSet<>();
    for (String script : scripts) {
      Matcher matcher = CREATE_DATABASE.matcher(repo.read(script));
      while (matcher.find()) {
        databases.add(matcher.group(1));
      }
    }
    return databases;
  }

  /** The constants of events/src/main/java/io/gigawatt/events/Topics.java, name to topic. */
  private Map<String, String> topicConstants() {
    Map<String, String> topics = new LinkedHashMap<>();
    Matcher matcher =
        TOPIC_CONSTANT.matcher(repo.read("events/src/main/java/io/gigawatt/events/Topics.java"));
    while (matcher.find()) {
      topics.put(matcher.group(1), matcher.group(2));
    }
    assertThat(topics)
        .as("topic constants")
        .containsKeys("SITE_EVENTS", "CONTRACT_EVENTS", "CAPACITY_REGIONS");
    return topics;
  }
}
