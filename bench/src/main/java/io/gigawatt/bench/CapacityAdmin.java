package io.gigawatt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** capacity-service's projection admin routes, as the bench reads them. */
public final class CapacityAdmin {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String url;

  public CapacityAdmin(String capacityUrl) {
    this.url = capacityUrl + "/api/v1/admin/projections/capacity";
  }

  /** The progress of the active generation, and of a rebuild if one runs. */
  public record Status(
      int activeGeneration, long applied, long lag, Long rebuildApplied, Long rebuildLag) {}

  public Status status() {
    JsonNode status = get();
    int active = status.path("activeGeneration").asInt();
    long applied = 0;
    long lag = 0;
    Long rebuildApplied = null;
    Long rebuildLag = null;
    for (JsonNode progress : status.path("progress")) {
      boolean isActive = progress.path("generation").path("id").asInt() == active;
      long events = progress.path("eventsApplied").asLong() + progress.path("duplicates").asLong();
      long behind = Math.max(0, progress.path("lag").asLong());
      if (isActive) {
        applied = events;
        lag = behind;
      } else {
        rebuildApplied = events;
        rebuildLag = behind;
      }
    }
    return new Status(active, applied, lag, rebuildApplied, rebuildLag);
  }

  public void rebuild() {
    send(
        HttpRequest.newBuilder(URI.create(url + "/rebuild"))
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** Waits until the active generation has applied {@code events}; returns the seconds it took. */
  double awaitApplied(long events, Duration timeout) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    while (status().applied() < events) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the projection applied "
                + status().applied()
                + " of "
                + events
                + " events in "
                + timeout);
      }
      Thread.sleep(20);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private JsonNode get() {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  private JsonNode send(HttpRequest.Builder request) {
    try {
      var response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            url + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(url + " unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
