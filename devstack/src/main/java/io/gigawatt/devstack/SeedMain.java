package io.gigawatt.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Seeds a dataset through the gateway. Args: gateway URL, optional dataset (a file, or a classpath
 * resource; default {@code seed/stargate-2025.json}). Env GIGAWATT_API_KEY (else
 * GIGAWATT_ADMIN_KEY) is sent as bearer token: commands need a writer key. Exit code 1 with the
 * failing step on stderr.
 */
public final class SeedMain {
  public static final String DEFAULT_DATASET = "seed/stargate-2025.json";

  private SeedMain() {}

  public static void main(String[] args) throws Exception {
    String dataset = args.length > 1 ? args[1] : DEFAULT_DATASET;
    try {
      JsonNode steps = read(dataset);
      System.out.println("Seeding " + dataset + " through " + args[0]);
      int count = new Seeder(args[0], apiKey(), System.out).run(steps);
      System.out.println("Seeded " + count + " steps from " + dataset);
    } catch (Seeder.SeedFailure e) {
      System.out.println("Seeding stopped: " + e.getMessage());
      System.exit(1);
    }
  }

  private static String apiKey() {
    String key = System.getenv("GIGAWATT_API_KEY");
    return key != null && !key.isBlank() ? key : System.getenv(AdminKey.ENV);
  }

  static JsonNode read(String dataset) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Path file = Path.of(dataset);
    if (Files.isRegularFile(file)) {
      return json.readTree(file.toFile());
    }
    try (InputStream in = SeedMain.class.getClassLoader().getResourceAsStream(dataset)) {
      if (in == null) {
        throw new IllegalArgumentException("No dataset " + dataset);
      }
      return json.readTree(in);
    }
  }
}
