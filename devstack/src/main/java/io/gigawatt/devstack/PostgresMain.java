package io.gigawatt.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL (zonky binaries) in its own JVM. Args: port, data dir, database names. The data
 * dir is kept between runs; missing databases are created; prints a {@link ReadyLine} with the
 * postmaster's pid; zonky's shutdown hook stops PostgreSQL (pg_ctl stop -m fast) on SIGTERM.
 */
public final class PostgresMain {
  private PostgresMain() {}

  public static void main(String[] args) throws Exception {
    try {
      run(args);
    } catch (Exception e) {
      e.printStackTrace();
      System.out.println("PostgreSQL failed to start: " + e);
      System.exit(1);
    }
  }

  private static void run(String[] args) throws Exception {
    long started = System.nanoTime();
    int port = Integer.parseInt(args[0]);
    Path dataDir = Path.of(args[1]).toAbsolutePath();
    List<String> databases =
        Databases.parse(String.join(",", List.of(args).subList(2, args.length)));
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
            .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
            .start();
    String version;
    try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
      createMissing(connection, databases);
      version = connection.getMetaData().getDatabaseProductVersion();
    }
    long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0));
    System.out.println(
        ReadyLine.format(
            "postgres",
            Map.of(
                "pid", ProcessHandle.current().pid(),
                "postmaster", postmaster,
                "port", port,
                "version", version,
                "millis", (System.nanoTime() - started) / 1_000_000)));
    Thread.currentThread().join();
  }

  private static void createMissing(Connection connection, List<String> databases)
      throws SQLException {
    List<String> created = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      statement.execute("ALTER USER postgres PASSWORD 'postgres'");
      for (String database : databases) {
        exists.setString(1, database);
        try (ResultSet rs = exists.executeQuery()) {
          if (!rs.next()) {
            statement.execute("CREATE DATABASE \"" + database + "\"");
            created.add(database);
          }
        }
      }
    }
    System.out.println("Databases " + databases + ", created now: " + created);
  }
}
