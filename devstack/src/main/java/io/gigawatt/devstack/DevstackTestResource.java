package io.gigawatt.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Real Kafka and PostgreSQL for a {@code @QuarkusTest}: {@code @QuarkusTestResource(value =
 * DevstackTestResource.class, initArgs = @ResourceArg(name = "databases", value = "sites"))}. The
 * first database is the service's datasource; every database also gets {@code
 * gigawatt.test.jdbc-url.<name>}.
 */
public class DevstackTestResource implements QuarkusTestResourceLifecycleManager {
  public static final String DATABASES_ARG = "databases";

  private List<String> databases = List.of("gigawatt");
  private Infrastructure infrastructure;

  @Override
  public void init(Map<String, String> initArgs) {
    if (initArgs.containsKey(DATABASES_ARG)) {
      databases = Databases.parse(initArgs.get(DATABASES_ARG));
    }
  }

  @Override
  public Map<String, String> start() {
    infrastructure = Infrastructure.start(databases);
    System.out.println("Gigawatt test infrastructure: " + infrastructure.describe());
    return configuration(infrastructure);
  }

  static Map<String, String> configuration(Infrastructure infrastructure) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers());
    config.put(
        "quarkus.datasource.jdbc.url", infrastructure.jdbcUrl(infrastructure.databases().get(0)));
    config.put("quarkus.datasource.username", infrastructure.username());
    config.put("quarkus.datasource.password", infrastructure.password());
    for (String database : infrastructure.databases()) {
      config.put("gigawatt.test.jdbc-url." + database, infrastructure.jdbcUrl(database));
    }
    return config;
  }

  @Override
  public void stop() {
    if (infrastructure != null) {
      infrastructure.close();
      infrastructure = null;
    }
  }
}
