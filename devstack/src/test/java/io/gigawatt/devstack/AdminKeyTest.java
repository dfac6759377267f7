package io.gigawatt.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminKeyTest {

  @Test
  void theFirstStartCreatesAKeyOnlyTheUserCanReadAndLaterStartsReuseIt(@TempDir Path home)
      throws Exception {
    String key = AdminKey.ensure(home, Map.of());

    Path file = home.resolve("admin.key");
    assertThat(key).matches("gw_[A-Za-z0-9_-]{40}");
    assertThat(Files.readString(file).strip()).isEqualTo(key);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(AdminKey.ensure(home, Map.of())).isEqualTo(key);
    assertThat(AdminKey.read(home)).hasValue(key);
  }

  @Test
  void gigawattAdminKeyOverridesAndWritesNoFile(@TempDir Path home) {
    String key = AdminKey.ensure(home, Map.of(AdminKey.ENV, " ci-admin-key-0123456789abcdef "));

    assertThat(key).isEqualTo("ci-admin-key-0123456789abcdef");
    assertThat(home.resolve("admin.key")).doesNotExist();
  }
}
