package io.gigawatt.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed docker-compose.yml, read the way Compose reads the forms this project uses. */
final class ComposeFile {
  private final JsonNode root;

  private ComposeFile(JsonNode root) {
    this.root = root;
  }

  static ComposeFile parse(Path file) {
    try {
      return new ComposeFile(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot parse " + file, e);
    }
  }

  Map<String, Service> services() {
    Map<String, Service> services = new LinkedHashMap<>();
    root.path("services")
        .fields()
        .forEachRemaining(e -> services.put(e.getKey(), new Service(e.getKey(), e.getValue())));
    return services;
  }

  Service service(String name) {
    Service service = services().get(name);
    if (service == null) {
      throw new AssertionError("docker-compose.yml has no service " + name);
    }
    return service;
  }

  /** A {@code ports:} entry: host port (empty if Compose picks one) and container port. */
  record PortMapping(String hostPort, String containerPort) {
    static PortMapping parse(JsonNode entry) {
      if (entry.isObject()) {
        return new PortMapping(entry.path("published").asText(""), entry.path("target").asText());
      }
      String[] parts = entry.asText().replaceAll("/(tcp|udp)$", "").split(":");
      String host = parts.length > 1 ? parts[parts.length - 2] : "";
      return new PortMapping(host, parts[parts.length - 1]);
    }
  }

  record Service(String name, JsonNode node) {
    Optional<String> image() {
      return text(node.path("image"));
    }

    boolean isBuilt() {
      return node.has("build");
    }

    Optional<String> buildArg(String arg) {
      return text(node.path("build").path("args").path(arg));
    }

    List<String> profiles() {
      return strings(node.path("profiles"));
    }

    Map<String, String> environment() {
      Map<String, String> env = new LinkedHashMap<>();
      JsonNode environment = node.path("environment");
      if (environment.isArray()) {
        environment.forEach(
            e -> {
              String[] kv = e.asText().split("=", 2);
              env.put(kv[0], kv.length > 1 ? kv[1] : "");
            });
      } else {
        environment.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
      }
      return env;
    }

    List<PortMapping> ports() {
      List<PortMapping> ports = new ArrayList<>();
      node.path("ports").forEach(p -> ports.add(PortMapping.parse(p)));
      return ports;
    }

    List<String> expose() {
      return strings(node.path("expose"));
    }

    /** depends_on as service name to condition; the short list form yields an empty condition. */
    Map<String, String> dependsOn() {
      Map<String, String> dependsOn = new LinkedHashMap<>();
      JsonNode node = this.node.path("depends_on");
      if (node.isArray()) {
        node.forEach(d -> dependsOn.put(d.asText(), ""));
      } else {
        node.fields()
            .forEachRemaining(
                e -> dependsOn.put(e.getKey(), e.getValue().path("condition").asText("")));
      }
      return dependsOn;
    }

    /** The restart policy, e.g. {@code unless-stopped}; empty when none is set. */
    Optional<String> restart() {
      return text(node.path("restart"));
    }

    List<String> healthcheckTest() {
      JsonNode test = node.path("healthcheck").path("test");
      return test.isTextual() ? List.of("CMD-SHELL", test.asText()) : strings(test);
    }

    /** The command as one text (list entries joined by newlines). */
    String command() {
      JsonNode command = node.path("command");
      return command.isArray() ? String.join("\n", strings(command)) : command.asText("");
    }

    /** Host paths (relative to the compose file) bind-mounted at or below {@code containerPath}. */
    List<String> bindMountSources(String containerPath) {
      List<String> sources = new ArrayList<>();
      for (JsonNode volume : node.path("volumes")) {
        String[] parts = volume.asText().split(":");
        if (parts.length >= 2 && parts[0].startsWith(".") && parts[1].startsWith(containerPath)) {
          sources.add(parts[0]);
        }
      }
      return sources;
    }

    private static Optional<String> text(JsonNode node) {
      return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }

    private static List<String> strings(JsonNode array) {
      List<String> strings = new ArrayList<>();
      array.forEach(e -> strings.add(e.asText()));
      return strings;
    }
  }
}
