package io.gigawatt.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DevstackTestResourceTest {

  @Test
  void configurationPointsTheServiceAtTheFirstDatabase() {
    Infrastructure fake =
        new Infrastructure() {
          @Override
          public String kafkaBootstrapServers() {
            return "127.0.0.1:1234";
          }

          @Override
          public String jdbcUrl(String database) {
            return "jdbc:postgresql://127.0.0.1:5678/" + database;
          }

          @Override
          public List<String> databases() {
            return List.of("contracts", "sites");
          }

          @Override
          public String describe() {
            return "fake";
          }

          @Override
          public void close() {}
        };

    Map<String, String> config = DevstackTestResource.configuration(fake);

    assertThat(config)
        .containsEntry("kafka.bootstrap.servers", "127.0.0.1:1234")
        .containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5678/contracts")
        .containsEntry("quarkus.datasource.username", "postgres")
        .containsEntry("quarkus.datasource.password", "postgres")
        .containsEntry(
            "gigawatt.test.jdbc-url.contracts", "jdbc:postgresql://127.0.0.1:5678/contracts")
        .containsEntry("gigawatt.test.jdbc-url.sites", "jdbc:postgresql://127.0.0.1:5678/sites");
  }

  @Test
  void databaseNamesAreCommaSeparatedAndChecked() {
    assertThat(Databases.parse(" contracts, sites ,contracts"))
        .containsExactly("contracts", "sites");
    assertThatThrownBy(() -> Databases.parse("sites; DROP"))
        .hasMessageContaining("Invalid database");
    assertThatThrownBy(() -> Databases.parse(" ")).hasMessageContaining("No database");
  }

  @Test
  void withoutDockerTheEmbeddedInfrastructureIsChosen() {
    if (System.getenv(InfrastructureChoice.ENV) == null
        && !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))) {
      assertThat(InfrastructureChoice.fromEnvironment()).isEqualTo(InfrastructureChoice.EMBEDDED);
    }
  }
}
