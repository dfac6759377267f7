package io.gigawatt.importer.cli;

import io.gigawatt.importer.application.EpochImport;
import io.gigawatt.importer.application.ImportSummary;
import io.gigawatt.importer.domain.EpochFile;
import io.gigawatt.importer.http.FileImportState;
import io.gigawatt.importer.http.GatewayLedgerApi;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code ./gigawatt import epoch-gpu-clusters FILE|URL [--gateway URL] [--state FILE]
 * [--concurrency N]}. The writer key comes from GIGAWATT_API_KEY (else GIGAWATT_ADMIN_KEY). Exit 0
 * when no record failed (skipped rows are reported), 1 when some failed, 2 on bad usage or input.
 */
public final class ImportMain {
  static final String USAGE =
      "Usage: import epoch-gpu-clusters FILE|URL [--gateway URL] [--state FILE] [--concurrency N]";

  private ImportMain() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args)));
  }

  static int run(List<String> args) {
    if (args.size() < 2 || !args.get(0).equals("epoch-gpu-clusters")) {
      System.err.println(USAGE);
      return 2;
    }
    String gateway =
        option(args, "--gateway", env("GIGAWATT_GATEWAY_URL", "http://localhost:8080"));
    Path state =
        Path.of(
            option(
                args,
                "--state",
                Path.of(
                        System.getProperty("user.home"),
                        ".gigawatt-import",
                        "epoch-gpu-clusters.tsv")
                    .toString()));
    int concurrency = Integer.parseInt(option(args, "--concurrency", "8"));
    try {
      EpochFile file = EpochFile.parse(ImportSource.read(args.get(1)));
      System.err.printf(
          "Importing %d records of %s through %s (%d rows skipped)%n",
          file.records().size(), args.get(1), gateway, file.badRows().size());
      var api = new GatewayLedgerApi(gateway, apiKey(), Duration.ofSeconds(60));
      ImportSummary summary =
          new EpochImport(
                  api,
                  new FileImportState(state),
                  concurrency,
                  new ProgressBar(System.err, System.console() != null))
              .run(file);
      System.out.print(summary.describe());
      return summary.failed().isEmpty() ? 0 : 1;
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    } catch (Exception e) {
      System.err.println("Import failed: " + e);
      return 2;
    }
  }

  private static String apiKey() {
    String key = System.getenv("GIGAWATT_API_KEY");
    return key != null && !key.isBlank() ? key : System.getenv("GIGAWATT_ADMIN_KEY");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String option(List<String> args, String name, String fallback) {
    int at = args.indexOf(name);
    return at >= 0 && at < args.size() - 1 ? args.get(at + 1) : fallback;
  }
}
