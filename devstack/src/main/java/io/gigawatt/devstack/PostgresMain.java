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
 * A real PostgreSQL (zonky binaries) in its own JVM. Args: port, data dir, database names, then
 * optionally {@value #DURABLE}. The data dir is kept between runs; missing databases are created;
 * prints a {@link ReadyLine} with the postmaster's pid and its fsync and synchronous_commit;
 * zonky's shutdown hook stops PostgreSQL (pg_ctl stop -m fast) on SIGTERM.
 *
 * <p>zonky starts the postmaster with {@code -F} (fsync off) and {@code synchronous_commit=off}:
 * fast, and right for tests. With {@value #DURABLE} the later {@code -c} options turn fsync,
 * synchronous_commit and full_page_writes back on, so a commit survives a power cut.
 */
public final class PostgresMain {
  /** The flag that makes commits durable. */
  public static final String DURABLE = "--durable";

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
    List<String> positional = List.of(args).stream().filter(a -> !a.startsWith("--")).toList();
    boolean durable = List.of(args).contains(DURABLE);
    int port = Integer.parseInt(positional.get(0));
    Path dataDir = Path.of(positional.get(1)).toAbsolutePath();
    List<String> databases =
        Databases.parse(String.join(",", positional.subList(2, positional.size())));
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
            .setErrorRedirector(ProcessBuilder.Redirect.INHERIT);
    if (durable) {
      builder
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("full_page_writes", "on");
    }
    EmbeddedPostgres postgres = builder.start();
    String version;
    String fsync;
    String synchronousCommit;
    try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
      createMissing(connection, databases);
      version = connection.getMetaData().getDatabaseProductVersion();
      fsync = show(connection, "fsync");
      synchronousCommit = show(connection, "synchronous_commit");
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
                "fsync", fsync,
                "synchronous_commit", synchronousCommit,
                "millis", (System.nanoTime() - started) / 1_000_000)));
    Thread.currentThread().join();
  }

  private static String show(Connection connection, String setting) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SHOW " + setting)) {
      rs.next();
      return rs.getString(1);
    }
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
