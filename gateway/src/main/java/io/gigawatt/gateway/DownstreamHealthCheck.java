package io.gigawatt.gateway;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Reports each service's readiness as data on {@code /q/health}. Always UP: the gateway serves
 * (with 503 answers) even when a service is down, so this is a wellness, not a readiness, check.
 */
@Wellness
@ApplicationScoped
public class DownstreamHealthCheck implements AsyncHealthCheck {
  private final GatewayConfig config;
  private final HttpClient client;

  DownstreamHealthCheck(GatewayConfig config, HttpClient client) {
    this.config = config;
    this.client = client;
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    var probes = Arrays.stream(Downstream.values()).map(this::probe).toList();
    var all = CompletableFuture.allOf(probes.toArray(CompletableFuture[]::new));
    return Uni.createFrom()
        .completionStage(all)
        .map(
            ignored -> {
              var response = HealthCheckResponse.named("downstream-services").up();
              for (int i = 0; i < probes.size(); i++) {
                response.withData(Downstream.values()[i].serviceName(), probes.get(i).join());
              }
              return response.build();
            });
  }

  private CompletableFuture<String> probe(Downstream target) {
    var request =
        HttpRequest.newBuilder(target.resolve(config, "/q/health/ready", null))
            .timeout(config.healthProbeTimeout())
            .GET()
            .build();
    return client
        .sendAsync(request, BodyHandlers.discarding())
        .thenApply(r -> r.statusCode() == 200 ? "UP" : "DOWN (HTTP " + r.statusCode() + ")")
        .exceptionally(e -> "UNREACHABLE");
  }
}
