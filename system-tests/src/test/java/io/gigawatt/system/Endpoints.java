package io.gigawatt.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parsing of the addresses that appear in the compose file and the services' configuration. */
final class Endpoints {
  private Endpoints() {}

  /** A PostgreSQL JDBC URL, {@code jdbc:postgresql://host:port/database?params}. */
  record Jdbc(String host, int port, String database) {
    static Jdbc parse(String url) {
      if (!url.startsWith("jdbc:postgresql://")) {
        throw new AssertionError("not a PostgreSQL JDBC URL: " + url);
      }
      URI uri = URI.create(url.substring("jdbc:".length()));
      int port = uri.getPort() == -1 ? 5432 : uri.getPort();
      return new Jdbc(uri.getHost(), port, uri.getPath().replaceFirst("^/", ""));
    }
  }

  /** Kafka listeners, {@code NAME://host:port,...}, as name to {@code host:port}. */
  static Map<String, String> kafkaListeners(String listeners) {
    Map<String, String> byName = new LinkedHashMap<>();
    for (String listener : listeners.split(",")) {
      String[] parts = listener.trim().split("://", 2);
      byName.put(parts[0], parts[1]);
    }
    return byName;
  }

  static String port(String hostAndPort) {
    return hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1);
  }

  static String host(String hostAndPort) {
    return hostAndPort.substring(0, hostAndPort.lastIndexOf(':'));
  }
}
