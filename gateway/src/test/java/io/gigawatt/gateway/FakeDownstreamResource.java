package io.gigawatt.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Points each service URL at the fake under its own path prefix, so routing is visible. */
public class FakeDownstreamResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    try {
      String base = "http://127.0.0.1:" + FakeDownstream.start();
      return Map.of(
          "gigawatt.site-service-url", base + "/site",
          "gigawatt.contract-service-url", base + "/contract/",
          "gigawatt.capacity-service-url", base + "/capacity",
          "gigawatt.request-timeout", "4s");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    FakeDownstream.stop();
  }
}
