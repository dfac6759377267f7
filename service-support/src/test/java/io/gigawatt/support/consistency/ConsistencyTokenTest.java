package io.gigawatt.support.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ConsistencyTokenTest {

  @Test
  void decodesWhatItEncodes() {
    for (var token :
        new ConsistencyToken[] {
          new ConsistencyToken("0199f0c2-7a3e-7c1d-9b8e-3f2a1d4c5b6a", 1),
          new ConsistencyToken("site:with:colons", Long.MAX_VALUE),
          new ConsistencyToken("zürich-😀", 42)
        }) {
      String encoded = token.encode();
      assertThat(encoded).matches("[A-Za-z0-9_-]+").hasSizeLessThanOrEqualTo(256);
      assertThat(ConsistencyToken.decode(encoded)).contains(token);
    }
  }

  @Test
  void isOpaqueButStable() {
    assertThat(new ConsistencyToken("s-1", 3).encode()).isEqualTo("djE6MzpzLTE");
  }

  @Test
  void anythingElseDecodesToNothing() {
    String[] notTokens = {
      null,
      "",
      "   ",
      "not base64!",
      "djE6MzpzLTE=" + "A".repeat(300),
      base64("v2:3:s-1"),
      base64("v1:0:s-1"),
      base64("v1:-3:s-1"),
      base64("v1:three:s-1"),
      base64("v1:3:"),
      base64("v1:3"),
      base64("v1:99999999999999999999:s-1"),
      base64("v1:3:" + "x".repeat(129)),
      base64("\u0000\u0001")
    };
    for (String header : notTokens) {
      assertThat(ConsistencyToken.decode(header)).as("%s", header).isEmpty();
    }
  }

  @Test
  void refusesToNameNoAggregateOrNoVersion() {
    assertThatThrownBy(() -> new ConsistencyToken("", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConsistencyToken("s-1", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String base64(String text) {
    return Base64.getUrlEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
