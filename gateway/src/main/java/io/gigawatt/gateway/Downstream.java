package io.gigawatt.gateway;

import java.net.URI;
import java.util.function.Function;

/** A service the gateway forwards to. */
public enum Downstream {
  SITE("site-service", GatewayConfig::siteServiceUrl),
  CONTRACT("contract-service", GatewayConfig::contractServiceUrl),
  CAPACITY("capacity-service", GatewayConfig::capacityServiceUrl);

  private final String serviceName;
  private final Function<GatewayConfig, URI> baseUrl;

  Downstream(String serviceName, Function<GatewayConfig, URI> baseUrl) {
    this.serviceName = serviceName;
    this.baseUrl = baseUrl;
  }

  public String serviceName() {
    return serviceName;
  }

  public URI baseUrl(GatewayConfig config) {
    return baseUrl.apply(config);
  }

  /** The downstream URI for a raw path (and optional raw query) of the gateway's own API. */
  public URI resolve(GatewayConfig config, String rawPath, String rawQuery) {
    String base = baseUrl(config).toString().replaceAll("/+$", "");
    return URI.create(base + rawPath + (rawQuery == null ? "" : "?" + rawQuery));
  }
}
