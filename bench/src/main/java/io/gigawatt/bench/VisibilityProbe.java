package io.gigawatt.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Command accepted → visible: announces a site straight to site-service, then asks capacity-service
 * for the site's country with the answer's {@code X-Consistency-Token}; that query returns as soon
 * as the view has applied the command. One sample is the time from the 201 to the query's answer:
 * relay wake-up, producer, broker, consumer fetch, the projection's batch and the read.
 */
final class VisibilityProbe {
  private static final String TOKEN = "X-Consistency-Token";

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI sites;
  private final URI region;

  VisibilityProbe(String siteUrl, String capacityUrl) {
    this.sites = URI.create(siteUrl + "/api/v1/sites");
    this.region = URI.create(capacityUrl + "/api/v1/capacity/regions/US");
  }

  Latencies measure(int samples) throws IOException, InterruptedException {
    long[] nanos = new long[samples];
    for (int i = 0; i < samples; i++) {
      var accepted =
          http.send(
              HttpRequest.newBuilder(sites)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(HttpLoad.BODY))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      long acceptedAt = System.nanoTime();
      String token =
          accepted
              .headers()
              .firstValue(TOKEN)
              .orElseThrow(() -> new IllegalStateException("no " + TOKEN + " on the 201"));
      var visible =
          http.send(
              HttpRequest.newBuilder(region)
                  .header(TOKEN, token)
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      // a 504 (the view did not catch up within the wait) counts with the time it waited
      if (visible.statusCode() != 200 && visible.statusCode() != 504) {
        throw new IllegalStateException("the view answered " + visible.statusCode());
      }
      nanos[i] = System.nanoTime() - acceptedAt;
    }
    return Latencies.of(nanos);
  }
}
