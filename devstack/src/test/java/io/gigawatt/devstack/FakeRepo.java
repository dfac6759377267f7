package io.gigawatt.devstack;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** A repository whose four service jars run {@link FakeService}: a local stack that starts fast. */
final class FakeRepo {
  private FakeRepo() {}

  static void create(Path repo) throws Exception {
    Path testClasses =
        Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    for (Services.Spec spec : Services.specs(StackPorts.defaults())) {
      Path jar = jar(repo, spec.name());
      Files.createDirectories(jar.getParent());
      Manifest manifest = new Manifest();
      manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
      manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
      manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, testClasses.toUri().toString());
      try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
        out.flush();
      }
    }
  }

  static Path jar(Path repo, String module) {
    return repo.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
  }
}
