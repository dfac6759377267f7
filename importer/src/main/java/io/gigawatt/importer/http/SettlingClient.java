package io.gigawatt.importer.http;

import io.gigawatt.importer.application.CommandRefusedException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends requests to the gateway and retries, with a doubling pause, what the eventually consistent
 * stack answers while it settles: 503, 429 (after its Retry-After), 422 {@code rule/site-unknown}
 * (contract-service has not read the site from its topic yet) and no answer at all. The
 * Idempotency-Key makes a retried command safe.
 */
final class SettlingClient {
  private static final Duration MAX_PAUSE = Duration.ofMillis(500);

  private final HttpClient http;
  private final String baseUrl;
  private final String apiKey;
  private final Duration settleFor;

  SettlingClient(HttpClient http, String baseUrl, String apiKey, Duration settleFor) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.settleFor = settleFor;
  }

  HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json");
    if (apiKey != null && !apiKey.isBlank()) {
      request.header("Authorization", "Bearer " + apiKey);
    }
    return request;
  }

  HttpResponse<String> send(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    long deadline = System.nanoTime() + settleFor.toNanos();
    long pauseMillis = 20;
    while (true) {
      try {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (!retryable(answer) || System.nanoTime() > deadline) {
          return answer;
        }
        pauseMillis = Math.max(pauseMillis, retryAfterMillis(answer));
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw new CommandRefusedException(
              request.method() + " " + request.uri().getPath() + " failed: " + e);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CommandRefusedException("interrupted");
      }
      sleep(pauseMillis);
      pauseMillis = Math.min(pauseMillis * 2, MAX_PAUSE.toMillis());
    }
  }

  private static boolean retryable(HttpResponse<String> answer) {
    int status = answer.statusCode();
    return status == 503
        || status == 502
        || status == 504
        || status == 429
        || status == 422 && answer.body().contains("rule/site-unknown");
  }

  private static long retryAfterMillis(HttpResponse<String> answer) {
    return answer
        .headers()
        .firstValue("Retry-After")
        .map(
            seconds -> {
              try {
                return Long.parseLong(seconds.strip()) * 1000;
              } catch (NumberFormatException e) {
                return 0L;
              }
            })
        .orElse(0L);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandRefusedException("interrupted");
    }
  }
}
