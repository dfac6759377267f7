package io.gigawatt.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Client threads announcing US sites through the gateway, each with a distinct name and a whole
 * number of MW, until stopped. A 201 is accepted; a 5xx or an I/O error is not accepted (the site
 * may or may not have been stored); any other answer is unexpected.
 */
final class SiteLoad {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration BACKOFF = Duration.ofMillis(50);

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI sites;
  private final String key;
  private final int threads;
  private final List<Thread> workers = new ArrayList<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private final AtomicInteger failures = new AtomicInteger();
  private volatile boolean running;

  /** Name to MW of every attempt. */
  final Map<String, Integer> attempted = new ConcurrentHashMap<>();

  /** Name to siteId of every 201. */
  final Map<String, String> accepted = new ConcurrentHashMap<>();

  /** Name to status or exception of every 5xx and I/O error. */
  final Map<String, String> notAccepted = new ConcurrentHashMap<>();

  /** Any other answer, e.g. "400 {...}". */
  final List<String> unexpected = new CopyOnWriteArrayList<>();

  SiteLoad(String apiUrl, int threads, String key) {
    this.sites = URI.create(apiUrl + "/sites");
    this.threads = threads;
    this.key = key;
  }

  void start() {
    running = true;
    for (int i = 0; i < threads; i++) {
      Thread worker = new Thread(this::run, "site-load-" + i);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
  }

  /** Lets every thread finish its request in flight, then returns. */
  void stop() throws InterruptedException {
    running = false;
    for (Thread worker : workers) {
      worker.join(Duration.ofSeconds(40).toMillis());
    }
  }

  int failures() {
    return failures.get();
  }

  private void run() {
    while (running) {
      int n = sequence.incrementAndGet();
      String name = "Crash test site " + n;
      int mw = 1 + n % 499;
      attempted.put(name, mw);
      if (!post(name, mw)) {
        failures.incrementAndGet();
        pause();
      }
    }
  }

  /** False when not accepted. */
  private boolean post(String name, int mw) {
    HttpRequest request =
        HttpRequest.newBuilder(sites)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + key)
            .POST(HttpRequest.BodyPublishers.ofString(Bodies.site(name, "US", "US-TX", mw)))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 201) {
        accepted.put(name, JSON.readTree(response.body()).get("siteId").asText());
        return true;
      }
      if (response.statusCode() >= 500) {
        notAccepted.put(name, Integer.toString(response.statusCode()));
      } else {
        unexpected.add(response.statusCode() + " " + response.body());
      }
    } catch (IOException e) {
      notAccepted.put(name, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      notAccepted.put(name, e.toString());
      running = false;
    }
    return false;
  }

  private void pause() {
    try {
      Thread.sleep(BACKOFF.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
