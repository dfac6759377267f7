package io.gigawatt.gateway.proxy;

import io.gigawatt.gateway.GatewayConfig;
import io.gigawatt.gateway.domain.Downstream;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;

/** The services the gateway forwards to, each with its connection pools and guard. */
@ApplicationScoped
public class ServiceTargets {
  /** Long-lived streams (SSE) per service: one connection each, kept out of the call pool. */
  private static final int MAX_STREAMS = 10_000;

  private final Map<Downstream, ServiceTarget> targets = new EnumMap<>(Downstream.class);

  ServiceTargets(GatewayConfig config, Vertx vertx) {
    add(Downstream.SITE, config.siteService(), config, vertx);
    add(Downstream.CONTRACT, config.contractService(), config, vertx);
    add(Downstream.CAPACITY, config.capacityService(), config, vertx);
  }

  public ServiceTarget get(Downstream service) {
    return targets.get(service);
  }

  private void add(
      Downstream service, GatewayConfig.Service settings, GatewayConfig config, Vertx vertx) {
    GatewayConfig.Downstreams pools = config.downstream();
    EventLoopClients calls =
        new EventLoopClients(
            () ->
                vertx.createHttpClient(
                    options(service, settings, pools).setKeepAlive(true),
                    new PoolOptions()
                        .setHttp1MaxSize(pools.poolSize())
                        .setMaxWaitQueueSize(pools.maxWaitQueue())));
    HttpClient streams =
        vertx.createHttpClient(
            options(service, settings, pools).setKeepAlive(false),
            new PoolOptions().setHttp1MaxSize(MAX_STREAMS));
    targets.put(
        service,
        new ServiceTarget(
            service,
            settings.url(),
            ServiceTarget.pathPrefix(settings.url()),
            settings.timeout(),
            calls,
            streams,
            new ServiceGuard(service.serviceName(), settings.timeout(), pools)));
  }

  private static HttpClientOptions options(
      Downstream service, GatewayConfig.Service settings, GatewayConfig.Downstreams pools) {
    return new HttpClientOptions()
        .setName(service.serviceName())
        .setDefaultHost(ServiceTarget.host(settings.url()))
        .setDefaultPort(ServiceTarget.port(settings.url()))
        .setSsl("https".equals(settings.url().getScheme()))
        .setTcpNoDelay(true)
        .setConnectTimeout((int) pools.connectTimeout().toMillis());
  }
}
