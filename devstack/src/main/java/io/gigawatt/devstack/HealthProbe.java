package io.gigawatt.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Readiness ({@code /q/health/ready}) and liveness ({@code /q/health/live}) of a Quarkus service,
 * or whether a plain TCP port accepts connections.
 */
public final class HealthProbe {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  private HealthProbe() {}

  /** The HTTP status of {@code <baseUrl>/q/health/ready}, or -1 when nothing answers. */
  public static int readiness(String baseUrl) {
    return status(baseUrl + "/q/health/ready");
  }

  /** The HTTP status of {@code <baseUrl>/q/health/live}, or -1 when nothing answers. */
  public static int liveness(String baseUrl) {
    return status(baseUrl + "/q/health/live");
  }

  private static int status(String url) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** True when a Kafka broker on the port answers an ApiVersions request (v0) within 3 s. */
  public static boolean kafkaAnswers(int port) {
    byte[] clientId = "gigawatt-supervisor".getBytes(StandardCharsets.US_ASCII);
    ByteBuffer request = ByteBuffer.allocate(4 + 10 + clientId.length);
    request.putInt(10 + clientId.length).putShort((short) 18).putShort((short) 0).putInt(1);
    request.putShort((short) clientId.length).put(clientId);
    return answers(port, request.array());
  }

  /** True when PostgreSQL on the port answers an SSLRequest (S or N) within 3 s. */
  public static boolean postgresAnswers(int port) {
    return answers(port, ByteBuffer.allocate(8).putInt(8).putInt(80877103).array());
  }

  private static boolean answers(int port, byte[] request) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      socket.setSoTimeout(3000);
      socket.getOutputStream().write(request);
      return socket.getInputStream().read() >= 0;
    } catch (IOException e) {
      return false;
    }
  }

  public static boolean portOpen(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
