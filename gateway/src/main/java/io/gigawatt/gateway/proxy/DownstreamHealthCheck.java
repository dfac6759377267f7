package io.gigawatt.gateway.proxy;

import io.gigawatt.gateway.GatewayConfig;
import io.gigawatt.gateway.domain.Downstream;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Reports each service's readiness as data on {@code /q/health}. Always UP: the gateway serves
 * (with 503 answers) even when a service is down, so this is a wellness, not a readiness, check.
 */
@Wellness
@ApplicationScoped
public class DownstreamHealthCheck implements AsyncHealthCheck {
  private final ServiceTargets targets;
  private final long timeoutMillis;

  DownstreamHealthCheck(ServiceTargets targets, GatewayConfig config) {
    this.targets = targets;
    this.timeoutMillis = config.downstream().healthProbeTimeout().toMillis();
  }

  @Override
  public Uni<HealthCheckResponse> call() {
    List<Future<String>> probes = Arrays.stream(Downstream.values()).map(this::probe).toList();
    return Uni.createFrom()
        .completionStage(Future.join(probes).toCompletionStage())
        .onFailure()
        .recoverWithNull()
        .map(
            ignored -> {
              var response = HealthCheckResponse.named("downstream-services").up();
              for (int i = 0; i < probes.size(); i++) {
                response.withData(Downstream.values()[i].serviceName(), probes.get(i).result());
              }
              return response.build();
            });
  }

  private Future<String> probe(Downstream service) {
    ServiceTarget target = targets.get(service);
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.GET)
            .setURI(target.requestTarget("/q/health/ready", null))
            .setTimeout(timeoutMillis);
    return target
        .calls()
        .current()
        .request(options)
        .compose(request -> request.send())
        .compose(
            response ->
                response
                    .body()
                    .map(
                        ignored ->
                            response.statusCode() == 200
                                ? "UP"
                                : "DOWN (HTTP " + response.statusCode() + ")"))
        .otherwise("UNREACHABLE");
  }
}
