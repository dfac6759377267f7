package io.gigawatt.gateway.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which origins the gateway refuses itself, before Quarkus's CORS filter would, bare. */
class ForeignOriginsTest {
  private static final String OWN = "http://localhost:8080/api/v1/sites";

  @Test
  void withoutConfiguredOriginsOnlyTheGatewaysOwnIsAllowed() {
    var origins = new ForeignOrigins(true, Optional.empty());
    assertThat(origins.allowed("http://localhost:8080", OWN)).isTrue();
    assertThat(origins.allowed("HTTP://LOCALHOST:8080", OWN)).isTrue();
    assertThat(origins.allowed("https://evil.example", OWN)).isFalse();
    assertThat(origins.allowed("http://localhost:9090", OWN)).isFalse();
    assertThat(origins.allowed("null", OWN)).isFalse();
  }

  @Test
  void configuredOriginsPatternsAndTheWildcardAreAllowed() {
    var listed =
        new ForeignOrigins(
            true, Optional.of(List.of("https://a.example", "/https://.*\\.b\\.example/")));
    assertThat(listed.allowed("https://a.example", OWN)).isTrue();
    assertThat(listed.allowed("https://x.b.example", OWN)).isTrue();
    assertThat(listed.allowed("https://c.example", OWN)).isFalse();
    var any = new ForeignOrigins(true, Optional.of(List.of("*")));
    assertThat(any.allowed("https://c.example", OWN)).isTrue();
  }
}
