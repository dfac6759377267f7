package io.gigawatt.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code POST /api/v1/sites} straight to site-service: each accepted command appends one
 * SiteAnnounced durably. HTTP/1.1: {@link NioHttpLoop}, one keep-alive connection per client, all
 * driven by one thread. HTTP/2: one JDK HttpClient per run, shared by the client threads (h2c).
 */
final class HttpLoad {
  static final String BODY =
      """
      {"name": "Bench Site", "program": "Stargate",
       "operator": {"name": "Oracle", "country": "US"},
       "owner": {"name": "Vantage Data Centers", "country": "US"},
       "location": {"country": "US", "subdivision": "US-TX", "locality": "Shackelford County"},
       "plannedCapacityMw": 1400, "announcedOn": "2025-09-23",
       "source": "https://openai.com/index/five-new-stargate-sites/", "confidence": "CONFIRMED"}
      """;

  private final URI uri;
  private final HttpClient.Version version;

  HttpLoad(String siteServiceUrl, HttpClient.Version version) {
    this.uri = URI.create(siteServiceUrl + "/api/v1/sites");
    this.version = version;
  }

  /** One command outside any measurement, e.g. to have a sample event. */
  void announceOnce() throws Exception {
    try (var client = new Client(newHttpClient())) {
      client.call();
    }
  }

  LoadResult run(int clients, Duration warmup, Duration window, ClosedLoop.WindowListener listener)
      throws Exception {
    if (version == HttpClient.Version.HTTP_1_1) {
      return new NioHttpLoop(uri, "application/json", BODY, 201)
          .run("http", clients, warmup, window, listener);
    }
    HttpClient http = newHttpClient();
    return ClosedLoop.run("http", clients, 1, warmup, window, () -> new Client(http), listener);
  }

  private HttpClient newHttpClient() {
    return HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(5)).build();
  }

  private final class Client implements ClosedLoop.Client {
    private final HttpClient http;
    private final HttpRequest request;

    Client(HttpClient http) {
      this.http = http;
      this.request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(BODY))
              .build();
    }

    @Override
    public void call() throws Exception {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IllegalStateException(
            "HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
      }
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
