package io.gigawatt.gateway;

import io.gigawatt.devstack.DevstackTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A real PostgreSQL for the key store (from devstack) and the fake services, each service URL under
 * its own path prefix so that routing is visible. The admin key is {@link #ADMIN_KEY}.
 */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {
  static final String ADMIN_KEY = "gw_test-admin-key-0123456789abcdefXYZ";

  private final DevstackTestResource infrastructure = new DevstackTestResource();

  @Override
  public Map<String, String> start() {
    infrastructure.init(Map.of(DevstackTestResource.DATABASES_ARG, "gateway"));
    Map<String, String> config = new HashMap<>(infrastructure.start());
    config.remove("kafka.bootstrap.servers");
    config.keySet().removeIf(key -> key.startsWith("gigawatt.test."));
    try {
      String base = "http://127.0.0.1:" + FakeDownstream.start();
      config.put("gigawatt.site-service.url", base + "/site");
      config.put("gigawatt.contract-service.url", base + "/contract/");
      config.put("gigawatt.capacity-service.url", base + "/capacity");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    config.put("gigawatt.site-service.timeout", "2s");
    config.put("gigawatt.contract-service.timeout", "2s");
    config.put("gigawatt.capacity-service.timeout", "2s");
    config.put("gigawatt.admin-key", ADMIN_KEY);
    config.put("gigawatt.auth.bcrypt-cost", "4");
    config.put("gigawatt.auth.key-cache-ttl", "1s");
    config.put("quarkus.http.cors.origins", "https://dashboard.example");
    config.put("quarkus.http.proxy.proxy-address-forwarding", "true");
    config.put("quarkus.http.proxy.allow-x-forwarded", "true");
    config.put("quarkus.http.proxy.trusted-proxies", "127.0.0.1");
    return config;
  }

  @Override
  public void stop() {
    FakeDownstream.stop();
    infrastructure.stop();
  }
}
