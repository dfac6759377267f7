package io.gigawatt.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/** One JDK HTTP server standing in for all services; records the last API request. */
final class FakeDownstream {
  record Recorded(
      String method, String path, String query, Map<String, String> headers, String body) {}

  record Stub(int status, Map<String, String> headers, String body, Duration delay) {
    static Stub of(int status, Map<String, String> headers, String body) {
      return new Stub(status, headers, body, Duration.ZERO);
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

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
