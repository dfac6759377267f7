package io.gigawatt.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code POST /api/v1/sites} straight to site-service: each accepted command appends one
 * SiteAnnounced durably. HTTP/1.1: one keep-alive {@link SocketHttpClient} connection per client.
 * HTTP/2: one JDK HttpClient per run, shared by the clients (h2c upgrade).
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
    try (var client = newClient(newHttpClient())) {
      client.call();
    }
  }

  LoadResult run(int clients, Duration warmup, Duration window, ClosedLoop.WindowListener listener)
      throws Exception {
    HttpClient http = newHttpClient();
    return ClosedLoop.run("http", clients, 1, warmup, window, () -> newClient(http), listener);
  }

  private ClosedLoop.Client newClient(HttpClient http) {
    return version == HttpClient.Version.HTTP_1_1 ? new SocketClient() : new Client(http);
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

  private final class SocketClient implements ClosedLoop.Client {
    private final SocketHttpClient connection = new SocketHttpClient(uri, "application/json", BODY);

    @Override
    public void call() throws Exception {
      var answer = connection.post();
      if (answer.status() != 201) {
        throw new IllegalStateException(
            "HTTP " + answer.status() + ": " + abbreviate(answer.body()));
      }
    }

    @Override
    public void close() {
      connection.close();
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
