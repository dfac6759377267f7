package io.gigawatt.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** One JDK HTTP server standing in for all services; records the last API request. */
final class FakeDownstream {
  record Recorded(
      String method, String path, String query, Map<String, String> headers, String body) {}

  /**
   * What the fake answers. A stream ({@code events} not empty) sends its head and first event at
   * once, the others after {@code gate} opens, then stays open for {@code delay}.
   */
  record Stub(
      int status,
      Map<String, String> headers,
      String body,
      Duration delay,
      List<String> events,
      CountDownLatch gate) {
    Stub(int status, Map<String, String> headers, String body, Duration delay) {
      this(status, headers, body, delay, List.of(), new CountDownLatch(0));
    }

    static Stub of(int status, Map<String, String> headers, String body) {
      return new Stub(status, headers, body, Duration.ZERO);
    }

    static Stub stream(List<String> events, CountDownLatch gate, Duration holdOpen) {
      return new Stub(200, Map.of("Content-Type", "text/event-stream"), "", holdOpen, events, gate);
    }
  }

  private static final AtomicReference<Stub> stub =
      new AtomicReference<>(Stub.of(200, Map.of(), ""));
  private static final AtomicReference<Recorded> last = new AtomicReference<>();
  private static HttpServer server;
  private static ExecutorService executor;

  private FakeDownstream() {}

  static synchronized int start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    executor = Executors.newCachedThreadPool();
    server.setExecutor(executor);
    server.createContext("/", FakeDownstream::handle);
    server.start();
    return server.getAddress().getPort();
  }

  static synchronized int port() {
    return server.getAddress().getPort();
  }

  static synchronized void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  static void respond(Stub next) {
    stub.set(next);
    last.set(null);
  }

  static Recorded last() {
    return last.get();
  }

  private static void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      var uri = exchange.getRequestURI();
      if (uri.getPath().endsWith("/q/health/ready")) {
        reply(exchange, Stub.of(200, Map.of("Content-Type", "application/json"), "{}"));
        return;
      }
      var headers = new java.util.TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      last.set(
          new Recorded(
              exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body));
      Stub answer = stub.get();
      if (!answer.events().isEmpty()) {
        stream(exchange, answer);
        return;
      }
      sleep(answer.delay());
      reply(exchange, answer);
    }
  }

  private static void reply(HttpExchange exchange, Stub answer) throws IOException {
    answer.headers().forEach(exchange.getResponseHeaders()::add);
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static void stream(HttpExchange exchange, Stub answer) throws IOException {
    answer.headers().forEach(exchange.getResponseHeaders()::add);
    exchange.sendResponseHeaders(200, 0);
    var out = exchange.getResponseBody();
    for (int i = 0; i < answer.events().size(); i++) {
      if (i == 1) {
        await(answer.gate());
      }
      out.write(answer.events().get(i).getBytes(StandardCharsets.UTF_8));
      out.flush();
    }
    sleep(answer.delay());
  }

  private static void await(CountDownLatch gate) {
    try {
      gate.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
