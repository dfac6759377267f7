package io.gigawatt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gigawatt.devstack.RunningStack;
import io.gigawatt.importer.application.EpochImport;
import io.gigawatt.importer.application.ImportSummary;
import io.gigawatt.importer.application.ProgressListener;
import io.gigawatt.importer.application.RecordOutcome;
import io.gigawatt.importer.domain.EpochFile;
import io.gigawatt.importer.domain.EpochRecord;
import io.gigawatt.importer.domain.EpochStatus;
import io.gigawatt.importer.domain.KeyedRecord;
import io.gigawatt.importer.http.FileImportState;
import io.gigawatt.importer.http.GatewayLedgerApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Epoch's whole export through the packaged services: each country's share of the hosted H100e is
 * its share in the CSV; a repeated import appends nothing; a changed export only the changes.
 */
class EpochImportIT {
  private static RunningStack stack;
  private static Api api;
  private static String key;
  private static Path state;
  private static String csv;

  @BeforeAll
  static void startStack() throws Exception {
    stack = TestStacks.start("epoch-it");
    key = TestStacks.issueKey(stack, "writer", "epoch-importer");
    api = new Api(stack.apiUrl());
    state = stack.home().root().resolve("epoch.import.tsv");
    csv =
        Files.readString(
            RepoFiles.locate().root().resolve("../shared/data/epoch/gpu_clusters.csv"));
  }

  @AfterAll
  static void stopStack() {
    TestStacks.stop(stack);
  }

  private static ImportSummary importing(String text) throws InterruptedException {
    var ledger = new GatewayLedgerApi(stack.gatewayUrl(), key, Duration.ofSeconds(60));
    return new EpochImport(ledger, new FileImportState(state), 8, ProgressListener.NONE)
        .run(EpochFile.parse(text));
  }

  @Test
  void theWholeExportThenTheSameAgainThenANewerOne() throws Exception {
    ImportSummary first = importing(csv);
    assertThat(first.failed()).isEmpty();
    assertThat(first.count(RecordOutcome.Kind.IMPORTED)).isEqualTo(786);
    assertSharesAsInTheCsv(EpochFile.parse(csv));

    ImportSummary again = importing(csv);
    assertThat(again.events()).isZero();
    assertThat(again.count(RecordOutcome.Kind.UNCHANGED)).isEqualTo(786);

    String newer =
        csv.replace("Oak Ridge NL Frontier,Existing", "Oak Ridge NL Frontier,Decommissioned");
    ImportSummary update = importing(newer);
    assertThat(update.failed()).isEmpty();
    // Decommissioned without a date: its power and GPUs leave on the reference date, nothing else
    assertThat(update.count(RecordOutcome.Kind.UPDATED)).isEqualTo(1);
    assertThat(update.count(RecordOutcome.Kind.UNCHANGED)).isEqualTo(785);
    assertThat(update.events()).isEqualTo(2);
  }

  private static void assertSharesAsInTheCsv(EpochFile file) throws Exception {
    Map<String, Double> epoch = new HashMap<>();
    for (KeyedRecord keyed : file.records()) {
      EpochRecord r = keyed.record();
      if (r.status() == EpochStatus.EXISTING && r.supersededBy() == null && r.h100e() != null) {
        epoch.merge(r.country(), r.h100e(), Double::sum);
      }
    }
    double epochTotal = epoch.values().stream().mapToDouble(d -> d).sum();
    Map<String, Double> hosted = awaitHosted(epochTotal);
    double total = hosted.values().stream().mapToDouble(d -> d).sum();
    epoch.forEach(
        (country, h) ->
            assertThat(100 * hosted.getOrDefault(country, 0.0) / total)
                .as(country)
                .isCloseTo(100 * h / epochTotal, Offset.offset(0.1)));
  }

  /** The hosted H100e by country, once the view has (about) all of them. */
  private static Map<String, Double> awaitHosted(double expectedTotal) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    Map<String, Double> hosted = new HashMap<>();
    double previous = -1;
    while (System.nanoTime() < deadline) {
      hosted.clear();
      JsonNode view = api.get("/capacity/sovereignty?level=country", 200);
      for (JsonNode region : view.path("regions")) {
        hosted.put(region.path("code").asText(), region.at("/sovereignty/hostedH100e").asDouble());
      }
      double total = hosted.values().stream().mapToDouble(d -> d).sum();
      if (total > 0.97 * expectedTotal && total == previous) {
        return hosted;
      }
      previous = total;
      Thread.sleep(2000);
    }
    return hosted;
  }
}
