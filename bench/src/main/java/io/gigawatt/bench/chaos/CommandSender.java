package io.gigawatt.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends the load's commands through the gateway and records each answer. */
final class CommandSender {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String PROBLEMS = "/problems/";

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .build();
  private final String api;
  private final String key;

  CommandSender(String gatewayUrl, String key) {
    this.api = gatewayUrl + "/api/v1";
    this.key = key;
  }

  Answer announceSite(String id) {
    String body =
        """
        { "name": "Chaos site %s", "operator": {"name": "Chaos Operator", "country": "US"},
          "owner": {"name": "Chaos Owner", "country": "US"},
          "location": {"country": "US", "subdivision": "US-TX"}, "plannedCapacityMw": %d,
          "announcedOn": "2025-06-01", "source": "https://example.org/chaos", "confidence": "REPORTED" }
        """
            .formatted(id, 1 + Math.floorMod(id.hashCode(), 500));
    return send(CommandKind.ANNOUNCE_SITE, id, "/sites", body, "siteId");
  }

  Answer signContract(String id, String siteId) {
    String body =
        """
        { "kind": "CLOUD_CAPACITY", "title": "Chaos contract %s",
          "parties": [{"name": "Chaos Buyer", "country": "US", "role": "BUYER"},
                      {"name": "Chaos Provider", "country": "US", "role": "PROVIDER"}],
          "valueUsd": 1000000, "termMonths": 12, "committedMw": 10, "gpuModel": "nvidia-h100",
          "gpuCount": 1000, "siteIds": ["%s"], "signedOn": "2025-07-01",
          "source": "https://example.org/chaos", "confidence": "REPORTED" }
        """
            .formatted(id, siteId);
    return send(CommandKind.SIGN_CONTRACT, id, "/contracts", body, "contractId");
  }

  Answer deliverGpus(String id, String contractId, String siteId) {
    String body =
        """
        { "siteId": "%s", "gpuModel": "nvidia-h100", "count": %d, "deliveredOn": "2025-08-01",
          "source": "https://example.org/chaos", "confidence": "REPORTED" }
        """
            .formatted(siteId, 1 + Math.floorMod(id.hashCode(), 50));
    return send(
        CommandKind.DELIVER_GPUS,
        id,
        "/contracts/" + contractId + "/deliveries",
        body,
        "deliveryId");
  }

  private Answer send(CommandKind kind, String id, String path, String body, String idField) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api + path))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + key)
            .header("X-Correlation-Id", id)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    long sent = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode answer = parse(response.body());
      String type = answer.path("type").asText("");
      String detail = type.contains(PROBLEMS) ? type.substring(type.indexOf(PROBLEMS) + 10) : "";
      String entity = answer.hasNonNull(idField) ? answer.get(idField).asText() : null;
      return new Answer(id, kind, response.statusCode(), detail, entity, sent, System.nanoTime());
    } catch (IOException e) {
      String error = e.getClass().getSimpleName();
      return new Answer(id, kind, -1, error, null, sent, System.nanoTime());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(id, kind, -1, "interrupted", null, sent, System.nanoTime());
    }
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }
}
