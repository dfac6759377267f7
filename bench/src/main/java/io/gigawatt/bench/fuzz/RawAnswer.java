package io.gigawatt.bench.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What came back for one request: status, headers (names in lower case) and body; or no answer at
 * all ({@code status} 0, {@code failure} says why: a timeout, a reset, a malformed answer).
 */
public record RawAnswer(
    int status, Map<String, List<String>> headers, byte[] body, String failure, long micros) {

  public static RawAnswer none(String failure, long micros) {
    return new RawAnswer(0, Map.of(), new byte[0], failure, micros);
  }

  public boolean answered() {
    return status > 0;
  }

  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public String contentType() {
    return header("content-type").orElse("");
  }

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  public boolean success() {
    return status >= 200 && status < 300;
  }
}
