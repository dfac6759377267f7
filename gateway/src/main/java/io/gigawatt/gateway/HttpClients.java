package io.gigawatt.gateway;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.http.HttpClient;

/** The one HTTP client the gateway uses towards the services. */
public class HttpClients {

  @Produces
  @Singleton
  HttpClient downstreamClient(GatewayConfig config) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }
}
