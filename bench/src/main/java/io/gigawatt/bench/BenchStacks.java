package io.gigawatt.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the benches that start a whole stack share: API keys issued, a stack's home removed. */
public final class BenchStacks {
  private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");

  private BenchStacks() {}

  /** A new API key named {@code name} with {@code role}, issued through the gateway by admin. */
  public static String issueKey(String gateway, String admin, String role, String name)
      throws Exception {
    String body = "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}";
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(gateway + "/api/v1/admin/api-keys"))
                    .header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Matcher key = KEY.matcher(answer.body());
    if (answer.statusCode() != 201 || !key.find()) {
      throw new IllegalStateException(
          "cannot issue a " + role + " key: " + answer.statusCode() + " " + answer.body());
    }
    return key.group(1);
  }

  /** Removes a directory and everything in it, if it exists. */
  public static void delete(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
