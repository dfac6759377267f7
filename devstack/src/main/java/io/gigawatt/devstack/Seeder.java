package io.gigawatt.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Replays a seed dataset through the gateway: one HTTP call per step, in order, with ${ref}s
 * resolved from earlier answers. Stops at the first step not answered with 2xx.
 */
public final class Seeder {
  private static final List<String> DEFAULT_CAPTURE = List.of("siteId", "contractId");
  private static final Duration RETRY_LIMIT = Duration.ofSeconds(60);
  private static final Duration MAX_RETRY_PAUSE = Duration.ofSeconds(2);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final String gatewayUrl;
  private final String apiKey;
  private final PrintStream out;
  private Duration retryLimit = RETRY_LIMIT;

  /** {@code apiKey} (nullable) is sent as a bearer token. */
  public Seeder(String gatewayUrl, String apiKey, PrintStream out) {
    this.gatewayUrl = gatewayUrl.replaceAll("/+$", "");
    this.apiKey = apiKey;
    this.out = out;
  }

  /** Runs every step; returns how many ran. */
  public int run(JsonNode dataset) throws IOException, InterruptedException {
    SeedRefs refs = new SeedRefs();
    JsonNode steps = dataset.path("steps");
    String datasetId = dataset.path("id").asText("seed");
    for (int i = 0; i < steps.size(); i++) {
      JsonNode step = steps.get(i);
      String method = step.path("method").asText("POST");
      String path = refs.resolve(step.path("path").asText());
      String body = json.writeValueAsString(refs.resolve(step.path("body")));
      String ref = step.path("ref").asText(null);
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(gatewayUrl + path))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .header("Idempotency-Key", datasetId + "-" + (ref != null ? ref : "step-" + (i + 1)))
              .method(method, HttpRequest.BodyPublishers.ofString(body));
      if (apiKey != null && !apiKey.isBlank()) {
        request.header("Authorization", "Bearer " + apiKey);
      }
      HttpResponse<String> answer = sendUntilSettled(request.build());
      String label = String.format("step %d/%d %s %s", i + 1, steps.size(), method, path);
      if (answer.statusCode() / 100 != 2) {
        throw new SeedFailure(
            label
                + (ref != null ? " (" + ref + ")" : "")
                + " answered HTTP "
                + answer.statusCode()
                + "\n  request: "
                + body
                + "\n  answer:  "
                + answer.body()
                + (retryable(answer)
                    ? "\n  (still so after retrying for " + retryLimit + ")"
                    : ""));
      }
      if (ref != null) {
        refs.put(ref, captured(step, answer.body(), label));
      }
      out.printf("  %s -> %d %s%n", label, answer.statusCode(), ref != null ? ref : "");
    }
    return steps.size();
  }

  /** How long a step is retried while the stack settles (default 60 s). */
  Seeder retryingFor(Duration limit) {
    this.retryLimit = limit;
    return this;
  }

  /**
   * The stack is eventually consistent: contract-service learns sites from the site topic, so a
   * delivery right after its site's announcement may answer 422 site-unknown for a moment, and a
   * service that (re)starts answers 503 or not at all. Such answers are retried with a doubling
   * pause (the Idempotency-Key makes a retry safe) until {@code retryLimit} has passed.
   */
  private HttpResponse<String> sendUntilSettled(HttpRequest request)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + retryLimit.toNanos();
    Duration pause = Duration.ofMillis(100);
    while (true) {
      try {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (!retryable(answer) || System.nanoTime() > deadline) {
          return answer;
        }
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw new SeedFailure(
              request.method()
                  + " "
                  + request.uri()
                  + " failed after retrying for "
                  + retryLimit
                  + ": "
                  + e);
        }
      }
      Thread.sleep(pause.toMillis());
      pause =
          pause.multipliedBy(2).compareTo(MAX_RETRY_PAUSE) > 0
              ? MAX_RETRY_PAUSE
              : pause.multipliedBy(2);
    }
  }

  private static boolean retryable(HttpResponse<String> answer) {
    return answer.statusCode() == 503
        || answer.statusCode() == 422 && answer.body().contains("rule/site-unknown");
  }

  private String captured(JsonNode step, String answerBody, String label) throws IOException {
    JsonNode answer = json.readTree(answerBody);
    List<String> fields =
        step.has("capture") ? List.of(step.get("capture").asText()) : DEFAULT_CAPTURE;
    for (String field : fields) {
      if (answer != null && answer.hasNonNull(field)) {
        return answer.get(field).asText();
      }
    }
    throw new SeedFailure(label + ": no " + fields + " in the answer " + answerBody);
  }

  /** A seed step that failed; the message names the step, the request and the answer. */
  public static final class SeedFailure extends RuntimeException {
    SeedFailure(String message) {
      super(message);
    }
  }
}
