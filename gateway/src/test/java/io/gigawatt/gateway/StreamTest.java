package io.gigawatt.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.gateway.FakeDownstream.Stub;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/capacity/stream}: relayed event by event, and longer than any timeout. */
@QuarkusTest
@WithTestResource(GatewayTestResource.class)
class StreamTest {

  @Test
  void eventsArriveOneByOneWithLastEventIdPassedAndTheStreamOutlivesTheRequestTimeout()
      throws Exception {
    CountDownLatch secondEvent = new CountDownLatch(1);
    FakeDownstream.respond(
        Stub.stream(
            List.of("id: 42\ndata: {\"code\":\"US\"}\n\n", "id: 43\ndata: {\"code\":\"NO\"}\n\n"),
            secondEvent,
            Duration.ofSeconds(3)));
    var request =
        HttpRequest.newBuilder(
                URI.create(
                    RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/capacity/stream"))
            .header("Accept", "text/event-stream")
            .header("Last-Event-ID", "41")
            .build();
    long started = System.nanoTime();

    HttpResponse<java.io.InputStream> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
    try (var lines =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      assertThat(event(lines)).containsExactly("id: 42", "data: {\"code\":\"US\"}");
      assertThat(secondEvent.getCount())
          .as("the first event came before the second was sent")
          .isEqualTo(1);
      secondEvent.countDown();
      assertThat(event(lines)).containsExactly("id: 43", "data: {\"code\":\"NO\"}");
      assertThat(lines.readLine()).as("the end of the stream").isNull();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .as("open longer than the 2 s timeout of capacity-service calls")
        .isGreaterThan(Duration.ofMillis(2_500));
    assertThat(FakeDownstream.last().path()).isEqualTo("/capacity/api/v1/capacity/stream");
    assertThat(FakeDownstream.last().headers()).containsEntry("Last-Event-ID", "41");
  }

  private static List<String> event(BufferedReader lines) throws Exception {
    List<String> event = new ArrayList<>();
    for (String line = lines.readLine(); line != null && !line.isEmpty(); line = lines.readLine()) {
      event.add(line);
    }
    return event;
  }
}
