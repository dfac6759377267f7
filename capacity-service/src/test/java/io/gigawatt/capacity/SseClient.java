package io.gigawatt.capacity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A minimal server-sent events reader for tests: collects the events of one connection. */
final class SseClient implements AutoCloseable {
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final CompletableFuture<HttpResponse<Stream<String>>> response;

  /** One received event. */
  record Event(String id, String name, String data) {}

  SseClient(URI uri, String lastEventId) {
    var request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    response =
        HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
    response.thenAccept(r -> new Thread(() -> read(r.body()), "sse-test-reader").start());
  }

  /** The events received within {@code wait} that satisfy {@code until}, up to and including it. */
  List<Event> awaitEvent(Duration wait, java.util.function.Predicate<Event> until)
      throws InterruptedException {
    List<Event> seen = new ArrayList<>();
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < deadline) {
      Event event = events.poll(50, TimeUnit.MILLISECONDS);
      if (event != null) {
        seen.add(event);
        if (until.test(event)) {
          return seen;
        }
      }
    }
    throw new AssertionError("no matching event within " + wait + "; saw " + seen);
  }

  int statusCode() throws Exception {
    return response.get(10, TimeUnit.SECONDS).statusCode();
  }

  private void read(Stream<String> lines) {
    String id = null;
    String name = null;
    StringBuilder data = new StringBuilder();
    for (String line : (Iterable<String>) lines::iterator) {
      if (line.isEmpty()) {
        if (data.length() > 0) {
          events.add(new Event(id, name, data.toString()));
        }
        id = null;
        name = null;
        data.setLength(0);
      } else if (line.startsWith("id:")) {
        id = line.substring(3).trim();
      } else if (line.startsWith("event:")) {
        name = line.substring(6).trim();
      } else if (line.startsWith("data:")) {
        data.append(line.substring(5).trim());
      }
    }
  }

  @Override
  public void close() {
    response.thenAccept(r -> r.body().close());
    response.cancel(true);
  }
}
