package io.gigawatt.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The classpath of a forked devstack JVM: this module's own classes plus the jars the build listed
 * in {@code devstack.classpath} (the broker, PostgreSQL binaries, log4j), none of which need to be
 * on the caller's classpath.
 */
public final class DevstackClasspath {
  static final String RESOURCE = "devstack.classpath";

  private DevstackClasspath() {}

  public static String get() {
    Path self = codeLocation();
    return self + ":" + dependencies(self);
  }

  static Path codeLocation() {
    CodeSource source = DevstackClasspath.class.getProtectionDomain().getCodeSource();
    if (source != null && source.getLocation() != null) {
      Path path = toPath(source.getLocation());
      if (path != null && Files.exists(path)) {
        return path;
      }
    }
    return fromClassResource();
  }

  private static Path fromClassResource() {
    String name = DevstackClasspath.class.getName().replace('.', '/') + ".class";
    String url = String.valueOf(DevstackClasspath.class.getClassLoader().getResource(name));
    if (url.startsWith("jar:file:")) {
      return Path.of(url.substring("jar:file:".length(), url.indexOf("!/")));
    }
    if (url.startsWith("file:") && url.endsWith(name)) {
      return Path.of(url.substring("file:".length(), url.length() - name.length()));
    }
    throw new IllegalStateException("Cannot locate the devstack classes (" + url + ")");
  }

  private static Path toPath(URL location) {
    try {
      return Path.of(location.toURI());
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private static String dependencies(Path self) {
    try {
      if (Files.isDirectory(self)) {
        return Files.readString(self.resolve(RESOURCE)).trim();
      }
      try (JarFile jar = new JarFile(self.toFile())) {
        JarEntry entry = jar.getJarEntry(RESOURCE);
        if (entry == null) {
          throw new IOException("no entry " + RESOURCE);
        }
        try (InputStream in = jar.getInputStream(entry)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "No " + RESOURCE + " next to the devstack classes " + self, e);
    }
  }
}
