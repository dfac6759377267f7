package io.gigawatt.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The local stack's first admin API key: {@code GIGAWATT_ADMIN_KEY} when set, else the key in
 * {@code <home>/admin.key}, created on the first start (readable by the user only). The gateway
 * stores it hashed at startup; it then issues every other key.
 */
public final class AdminKey {
  public static final String ENV = "GIGAWATT_ADMIN_KEY";
  static final String FILE = "admin.key";
  private static final FileAttribute<?> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  private AdminKey() {}

  /** The admin key of this home, created when there is none yet. */
  public static String ensure(Path home) {
    return ensure(home, System.getenv());
  }

  static synchronized String ensure(Path home, Map<String, String> env) {
    String configured = env.get(ENV);
    if (configured != null && !configured.isBlank()) {
      return configured.strip();
    }
    Path file = file(home);
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file).strip();
      }
      Files.createDirectories(file.getParent());
      Path draft = Files.createTempFile(file.getParent(), FILE, ".new", OWNER_ONLY);
      Files.writeString(draft, generate() + "\n");
      try {
        Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(draft);
      }
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the admin key " + file, e);
    }
  }

  /** The key in {@code <home>/admin.key}, if the stack made one. */
  public static Optional<String> read(Path home) {
    try {
      Path file = file(home);
      return Files.isRegularFile(file)
          ? Optional.of(Files.readString(file).strip())
          : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One line for {@code ./gigawatt up}: where the admin key is, and the key itself. */
  public static String describe(Path home) {
    String configured = System.getenv(ENV);
    if (configured != null && !configured.isBlank()) {
      return "  Admin API key      from " + ENV;
    }
    return "  Admin API key      "
        + read(home).orElse("(none)")
        + "  (in "
        + file(home)
        + "; Authorization: Bearer <key>)";
  }

  static Path file(Path home) {
    return home.toAbsolutePath().resolve(FILE);
  }

  /** The gateway's key format: {@code gw_} and 40 random base64url characters. */
  private static String generate() {
    byte[] secret = new byte[30];
    new SecureRandom().nextBytes(secret);
    return "gw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }
}
