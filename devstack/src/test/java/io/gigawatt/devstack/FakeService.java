package io.gigawatt.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for a Quarkus service: health, and the gateway's write API answering like the real one.
 * A body containing FAIL gets 400. As a main (the fake quarkus-run.jar) it checks the environment
 * the local stack must pass, and answers every write 400 while a file {@code fail-writes} lies next
 * to its jar. {@code POST /fake/liveness/down} turns its liveness DOWN for good.
 */
public final class FakeService {
  private static final Pattern DELIVERY = Pattern.compile("/api/v1/contracts/([^/]+)/deliveries");
  private static final Pattern DELIVERY_ID = Pattern.compile("\"deliveryId\":\"([^\"]+)\"");

  final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final Deque<String[]> cannedAnswers = new ConcurrentLinkedDeque<>();
  private final HttpServer server;
  private final Path failWrites;
  private volatile boolean live = true;

  private FakeService(HttpServer server, Path failWrites) {
    this.server = server;
    this.failWrites = failWrites;
  }

  public static void main(String[] args) throws IOException {
    boolean gateway = System.getenv("GIGAWATT_SITE_SERVICE_URL") != null;
    List<String> required =
        gateway
            ? List.of("GIGAWATT_CONTRACT_SERVICE_URL", "GIGAWATT_CAPACITY_SERVICE_URL")
            : List.of(
                "QUARKUS_DATASOURCE_JDBC_URL",
                "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD",
                "KAFKA_BOOTSTRAP_SERVERS");
    for (String name : required) {
      if (System.getenv(name) == null) {
        System.out.println("Missing environment variable " + name);
        System.exit(2);
      }
    }
    Path jar = Path.of(System.getProperty("java.class.path").split(File.pathSeparator)[0]);
    start(Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT")), jar.resolveSibling("fail-writes"));
    System.out.println("Fake service up, env " + System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
  }

  static FakeService start(int port) throws IOException {
    return start(port, null);
  }

  private static FakeService start(int port, Path failWrites) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
    FakeService fake = new FakeService(server, failWrites);
    server.createContext("/", fake::handle);
    server.start();
    return fake;
  }

  void stop() {
    server.stop(0);
  }

  /** The next {@code times} writes are answered with this status and body instead. */
  void answerNext(int times, int status, String body) {
    for (int i = 0; i < times; i++) {
      cannedAnswers.add(new String[] {Integer.toString(status), body});
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (path.equals("/q/health/ready")) {
      answer(exchange, 200, "{\"status\":\"UP\"}");
      return;
    }
    if (path.equals("/q/health/live")) {
      answer(exchange, live ? 200 : 503, "{\"status\":\"" + (live ? "UP" : "DOWN") + "\"}");
      return;
    }
    if (path.equals("/fake/liveness/down")) {
      live = false;
      answer(exchange, 200, "{}");
      return;
    }
    if (path.equals("/fake/requests")) {
      answer(exchange, 200, String.join("\n", requests));
      return;
    }
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    requests.add(exchange.getRequestMethod() + " " + path + " " + body + " auth=" + auth);
    Matcher delivery = DELIVERY.matcher(path);
    Matcher deliveryId = DELIVERY_ID.matcher(body);
    String[] canned = cannedAnswers.poll();
    if (canned != null) {
      answer(exchange, Integer.parseInt(canned[0]), canned[1]);
    } else if (failWrites != null && Files.exists(failWrites)) {
      answer(exchange, 400, "{\"title\":\"Bad request\",\"detail\":\"fail-writes is set\"}");
    } else if (body.contains("FAIL")) {
      answer(exchange, 400, "{\"title\":\"Bad request\",\"detail\":\"FAIL is not allowed\"}");
    } else if (path.equals("/api/v1/sites")) {
      answer(exchange, 201, "{\"siteId\":\"" + UUID.randomUUID() + "\",\"version\":1}");
    } else if (path.equals("/api/v1/contracts")) {
      answer(exchange, 201, "{\"contractId\":\"" + UUID.randomUUID() + "\",\"version\":1}");
    } else if (delivery.matches()) {
      String id = deliveryId.find() ? deliveryId.group(1) : UUID.randomUUID().toString();
      answer(
          exchange,
          201,
          "{\"contractId\":\""
              + delivery.group(1)
              + "\",\"deliveryId\":\""
              + id
              + "\",\"version\":2}");
    } else {
      answer(exchange, 404, "{}");
    }
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
