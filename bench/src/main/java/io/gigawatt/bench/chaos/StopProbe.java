package io.gigawatt.bench.chaos;

import io.gigawatt.devstack.Services;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * While a process is stopped, once a second: a capacity read through the gateway, each service's
 * readiness and the gateway's {@code /q/health}, each outcome counted.
 */
final class StopProbe implements AutoCloseable {
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");
  private static final Pattern DEGRADED = Pattern.compile("\"state\"\\s*:\\s*\"degraded\"");
  private static final List<String> SERVICES =
      List.of(Services.SITE, Services.CONTRACT, Services.CAPACITY);

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final ChaosStack stack;
  private final Map<String, Long> reads = new ConcurrentHashMap<>();
  private final Map<String, Long> health = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean running = true;

  StopProbe(ChaosStack stack) {
    this.stack = stack;
    this.thread = new Thread(this::run, "chaos-stop-probe");
    thread.setDaemon(true);
    thread.start();
  }

  Map<String, Long> reads() {
    return Map.copyOf(reads);
  }

  Map<String, Long> health() {
    return Map.copyOf(health);
  }

  private void run() {
    while (running) {
      long started = System.nanoTime();
      count(reads, get(stack.gatewayUrl() + "/api/v1/capacity/regions/US").split(" ")[0]);
      for (String service : SERVICES) {
        String ready = get(stack.serviceUrl(service) + "/q/health/ready");
        count(health, service + " ready " + ready);
      }
      count(health, "gateway /q/health " + get(stack.gatewayUrl() + "/q/health"));
      long rest = 1000 - (System.nanoTime() - started) / 1_000_000;
      try {
        Thread.sleep(Math.max(rest, 0));
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Counts an outcome, unless the probe was closed meanwhile (the request was cut short). */
  private void count(Map<String, Long> outcomes, String outcome) {
    if (running) {
      outcomes.merge(outcome, 1L, Long::sum);
    }
  }

  /** {@code 200 UP}: the status and, for a health answer, its overall status. */
  private String get(String url) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher status = STATUS.matcher(response.body());
      return response.statusCode()
          + (status.find() ? " " + status.group(1) : "")
          + (DEGRADED.matcher(response.body()).find() ? " degraded" : "");
    } catch (IOException e) {
      return "no answer (" + e.getClass().getSimpleName() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
      return "interrupted";
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join();
  }
}
