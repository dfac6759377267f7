package io.gigawatt.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for a Quarkus service: health, and the gateway's write API answering like the real one.
 * A body containing FAIL gets 400. As a main (the fake quarkus-run.jar) it checks the environment
 * the local stack must pass.
 */
public final class FakeService {
  private static final Pattern DELIVERY = Pattern.compile("/api/v1/contracts/([^/]+)/deliveries");
  private static final Pattern DELIVERY_ID = Pattern.compile("\"deliveryId\":\"([^\"]+)\"");

  final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final HttpServer server;

  private FakeService(HttpServer server) {
    this.server = server;
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
    start(Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT")));
    System.out.println("Fake service up, env " + System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
  }

  static FakeService start(int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
    FakeService fake = new FakeService(server);
    server.createContext("/", fake::handle);
    server.start();
    return fake;
  }

  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (path.equals("/q/health/ready")) {
      answer(exchange, 200, "{\"status\":\"UP\"}");
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
    if (body.contains("FAIL")) {
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
