package io.gigawatt.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files of the repository, found from the system-tests module (or from {@code gigawatt.repo.root}).
 */
final class RepoFiles {
  private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

  private final Path root;

  private RepoFiles(Path root) {
    this.root = root;
  }

  static RepoFiles locate() {
    String override = System.getProperty("gigawatt.repo.root");
    if (override != null && !override.isBlank()) {
      return new RepoFiles(Path.of(override).toAbsolutePath().normalize());
    }
    Path dir = Path.of("").toAbsolutePath();
    for (Path candidate : List.of(dir, dir.resolve(".."))) {
      Path normalized = candidate.normalize();
      if (Files.isDirectory(normalized.resolve("system-tests"))
          && Files.isRegularFile(normalized.resolve("pom.xml"))) {
        return new RepoFiles(normalized);
      }
    }
    throw new IllegalStateException("repository root not found from " + dir);
  }

  Path root() {
    return root;
  }

  Path path(String relative) {
    return root.resolve(relative);
  }

  boolean exists(String relative) {
    return Files.exists(path(relative));
  }

  String read(String relative) {
    try {
      return Files.readString(path(relative));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + relative + " in " + root, e);
    }
  }

  /** {@code <module>/src/main/resources/application.properties}. */
  Properties applicationProperties(String module) {
    String relative = module + "/src/main/resources/application.properties";
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(path(relative))) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + relative + " in " + root, e);
    }
    return properties;
  }

  /** The modules listed in the root pom. */
  List<String> modules() {
    List<String> modules = new ArrayList<>();
    Matcher matcher = MODULE.matcher(read("pom.xml"));
    while (matcher.find()) {
      modules.add(matcher.group(1));
    }
    return modules;
  }
}
