package io.gigawatt.gateway.proxy;

import io.gigawatt.gateway.domain.Downstream;
import io.vertx.core.http.HttpClient;
import java.net.URI;
import java.time.Duration;

/**
 * One service as the proxy calls it: its base URL (scheme, host, port and an optional path prefix),
 * its timeout, a pool of keep-alive connections for calls, a separate pool for long-lived streams,
 * and the fault-tolerance guard of its calls.
 */
public record ServiceTarget(
    Downstream service,
    URI baseUrl,
    String pathPrefix,
    Duration timeout,
    EventLoopClients calls,
    HttpClient streams,
    ServiceGuard guard) {

  public String name() {
    return service.serviceName();
  }

  /** The service-side request target of a gateway path and raw query. */
  public String requestTarget(String path, String rawQuery) {
    return rawQuery == null || rawQuery.isEmpty()
        ? pathPrefix + path
        : pathPrefix + path + "?" + rawQuery;
  }

  /** The base URL's path without its trailing slashes: what a service path is appended to. */
  static String pathPrefix(URI url) {
    return url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
  }

  static String host(URI url) {
    return url.getHost();
  }

  static int port(URI url) {
    if (url.getPort() > 0) {
      return url.getPort();
    }
    return "https".equals(url.getScheme()) ? 443 : 80;
  }
}
