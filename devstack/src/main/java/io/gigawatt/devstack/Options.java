package io.gigawatt.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/** {@code --name value} options and flags of a devstack command line. */
record Options(List<String> args) {
  Options(String[] args) {
    this(List.of(args));
  }

  String get(String name, String fallback) {
    int at = args.indexOf(name);
    return at >= 0 && at < args.size() - 1 ? args.get(at + 1) : fallback;
  }

  boolean has(String flag) {
    return args.contains(flag);
  }

  Path requiredPath(String name) {
    Path path = path(name, null);
    if (path == null) {
      throw new IllegalArgumentException("Missing option " + name);
    }
    return path;
  }

  Path path(String name, Path fallback) {
    String value = get(name, null);
    return value == null ? fallback : Path.of(value).toAbsolutePath().normalize();
  }

  OptionalLong number(String name) {
    String value = get(name, null);
    return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
  }

  Duration millis(String name, Duration fallback) {
    OptionalLong value = number(name);
    return value.isPresent() ? Duration.ofMillis(value.getAsLong()) : fallback;
  }
}
