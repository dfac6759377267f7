package io.gigawatt.importer.application;

import io.gigawatt.importer.domain.EpochFile;
import io.gigawatt.importer.domain.KeyedRecord;
import io.gigawatt.importer.domain.RecordFacts;
import io.gigawatt.importer.domain.RecordMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The import use case: every record of a file, several at a time, each brought to what it says. A
 * record the API refuses is reported and left for the next import; the others go on.
 */
public final class EpochImport {
  private final LedgerApi api;
  private final ImportState state;
  private final int concurrency;
  private final ProgressListener progress;

  public EpochImport(LedgerApi api, ImportState state, int concurrency, ProgressListener progress) {
    this.api = api;
    this.state = state;
    this.concurrency = concurrency;
    this.progress = progress;
  }

  public ImportSummary run(EpochFile file) throws InterruptedException {
    long begin = System.nanoTime();
    Map<String, RecordIds> known = state.load();
    RecordImport single = new RecordImport(api, state);
    AtomicInteger done = new AtomicInteger();
    AtomicLong events = new AtomicLong();
    int total = file.records().size();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, concurrency));
    List<Future<RecordOutcome>> futures = new ArrayList<>();
    try {
      for (KeyedRecord keyed : file.records()) {
        futures.add(
            pool.submit(
                () -> {
                  RecordOutcome outcome = importOne(single, keyed, file, known.get(keyed.key()));
                  events.addAndGet(outcome.events());
                  progress.advanced(done.incrementAndGet(), total, events.get());
                  return outcome;
                }));
      }
      List<RecordOutcome> outcomes = new ArrayList<>();
      for (Future<RecordOutcome> future : futures) {
        outcomes.add(future.get());
      }
      return new ImportSummary(
          outcomes, file.badRows(), events.get(), Duration.ofNanos(System.nanoTime() - begin));
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static RecordOutcome importOne(
      RecordImport single, KeyedRecord keyed, EpochFile file, RecordIds known) {
    try {
      RecordFacts facts = RecordMapper.facts(keyed.record(), file.context());
      return single.run(keyed, facts, known);
    } catch (CommandRefusedException | IllegalArgumentException e) {
      return RecordImport.outcome(RecordOutcome.Kind.FAILED, keyed, 0, e.getMessage());
    }
  }
}
