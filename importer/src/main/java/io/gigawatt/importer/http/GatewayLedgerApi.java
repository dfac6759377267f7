package io.gigawatt.importer.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigawatt.importer.application.CommandRefusedException;
import io.gigawatt.importer.application.LedgerApi;
import io.gigawatt.importer.domain.CommandKind;
import io.gigawatt.importer.domain.LedgerState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The import's {@link LedgerApi} over the gateway: JDK HttpClient, the API key as bearer token. */
public final class GatewayLedgerApi implements LedgerApi {
  private final ObjectMapper json = new ObjectMapper();
  private final SettlingClient client;

  public GatewayLedgerApi(String gatewayUrl, String apiKey, Duration settleFor) {
    this.client =
        new SettlingClient(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
            gatewayUrl.replaceAll("/+$", ""),
            apiKey,
            settleFor);
  }

  @Override
  public Sent send(
      CommandKind kind,
      String path,
      Map<String, Object> body,
      String idempotencyKey,
      String correlationId) {
    String text = write(body);
    HttpResponse<String> answer =
        client.send(
            client
                .request(path)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .header("X-Correlation-Id", correlationId)
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    if (answer.statusCode() / 100 != 2) {
      throw new CommandRefusedException(
          "POST " + path + " answered " + answer.statusCode() + ": " + detail(answer.body()));
    }
    boolean replayed = answer.headers().firstValue("Idempotent-Replayed").isPresent();
    String created =
        switch (kind) {
          case ANNOUNCE_SITE -> read(answer.body()).path("siteId").asText(null);
          case SIGN_CONTRACT -> read(answer.body()).path("contractId").asText(null);
          default -> null;
        };
    return new Sent(created, replayed);
  }

  @Override
  public LedgerState read(String siteId, String contractId) {
    JsonNode site = trail("/api/v1/sites/" + siteId + "/events");
    if (site == null) {
      return LedgerState.EMPTY;
    }
    JsonNode contract =
        contractId == null ? null : trail("/api/v1/contracts/" + contractId + "/events");
    return Trails.fold(site, contract);
  }

  /** The audit trail at a path; null when it does not exist. */
  private JsonNode trail(String path) {
    HttpResponse<String> answer = client.send(client.request(path).GET());
    if (answer.statusCode() == 404) {
      return null;
    }
    if (answer.statusCode() != 200) {
      throw new CommandRefusedException(
          "GET " + path + " answered " + answer.statusCode() + ": " + detail(answer.body()));
    }
    return read(answer.body());
  }

  private String detail(String body) {
    try {
      JsonNode problem = json.readTree(body);
      return problem.path("type").asText("") + " " + problem.path("detail").asText(body);
    } catch (IOException e) {
      return body;
    }
  }

  private JsonNode read(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String write(Map<String, Object> body) {
    try {
      return json.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
