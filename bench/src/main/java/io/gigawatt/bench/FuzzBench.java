package io.gigawatt.bench;

import io.gigawatt.bench.fuzz.FuzzResult;
import io.gigawatt.bench.fuzz.FuzzTarget;
import io.gigawatt.bench.fuzz.Fuzzer;
import io.gigawatt.devstack.AdminKey;
import io.gigawatt.devstack.LocalStack;
import io.gigawatt.devstack.LocalStackConfig;
import io.gigawatt.devstack.RunningStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hostile input at full size: the packaged stack (or a running gateway), a reader and a writer key
 * issued with the admin key, then {@link Fuzzer}; the report lists requests per route and role,
 * statuses, and each violation with the request that reproduces it. Run with {@code ./bench/run
 * fuzz}.
 */
public final class FuzzBench {
  private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"");

  private FuzzBench() {}

  public static void main(String[] args) throws Exception {
    BenchMain.run(
        args,
        FuzzBenchOptions.USAGE,
        "./bench/run fuzz",
        FuzzBenchOptions::parse,
        FuzzBenchOptions::report,
        FuzzBench::run);
  }

  static String run(FuzzBenchOptions options, String command) throws Exception {
    RunningStack stack = null;
    Path home = options.repo().resolve("bench/target/fuzz-stack").toAbsolutePath();
    try {
      URI gateway = options.gateway();
      String admin = options.adminKey();
      if (gateway == null) {
        delete(home);
        System.out.println("[fuzz] starting the packaged stack in " + home);
        stack =
            LocalStack.start(
                LocalStackConfig.forTests(options.repo().toAbsolutePath(), home, false));
        gateway = URI.create(stack.gatewayUrl());
        admin = AdminKey.read(home).orElseThrow();
      }
      String url = gateway.toString();
      FuzzTarget target =
          FuzzTarget.of(
              gateway.getHost(),
              gateway.getPort(),
              admin,
              issue(url, admin, "writer"),
              issue(url, admin, "reader"));
      FuzzResult result = Fuzzer.run(target, options.fuzz());
      String markdown = result.markdown(command);
      Files.createDirectories(options.report().toAbsolutePath().getParent());
      Files.writeString(options.report(), markdown);
      System.out.println(result.clean() ? "[fuzz] clean" : "[fuzz] VIOLATIONS: see the report");
      return markdown;
    } finally {
      if (stack != null) {
        stack.stop();
        delete(home);
      }
    }
  }

  private static String issue(String gateway, String admin, String role) throws Exception {
    String body =
        "{\"name\":\"fuzz " + role + " " + System.nanoTime() + "\",\"role\":\"" + role + "\"}";
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(gateway + "/api/v1/admin/api-keys"))
                    .header("Authorization", "Bearer " + admin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    Matcher key = KEY.matcher(answer.body());
    if (answer.statusCode() != 201 || !key.find()) {
      throw new IllegalStateException(
          "cannot issue a " + role + " key: " + answer.statusCode() + " " + answer.body());
    }
    return key.group(1);
  }

  private static void delete(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
