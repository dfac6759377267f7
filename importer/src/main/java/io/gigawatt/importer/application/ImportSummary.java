package io.gigawatt.importer.application;

import io.gigawatt.importer.domain.BadRow;
import java.time.Duration;
import java.util.List;

/** The end of an import: what each record came to, the rows skipped, events and time. */
public record ImportSummary(
    List<RecordOutcome> outcomes, List<BadRow> skipped, long events, Duration took) {

  public ImportSummary {
    outcomes = List.copyOf(outcomes);
    skipped = List.copyOf(skipped);
  }

  public long count(RecordOutcome.Kind kind) {
    return outcomes.stream().filter(o -> o.kind() == kind).count();
  }

  public List<RecordOutcome> failed() {
    return outcomes.stream().filter(o -> o.kind() == RecordOutcome.Kind.FAILED).toList();
  }

  public double recordsPerSecond() {
    return perSecond(outcomes.size() + skipped.size());
  }

  public double eventsPerSecond() {
    return perSecond(events);
  }

  private double perSecond(long count) {
    double seconds = Math.max(took.toNanos(), 1) / 1e9;
    return count / seconds;
  }

  /** The summary as the command line prints it. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "Imported %d, updated %d, unchanged %d, skipped %d, failed %d records;"
                + " %d events in %.1f s (%.1f records/s, %.1f events/s)%n",
            count(RecordOutcome.Kind.IMPORTED),
            count(RecordOutcome.Kind.UPDATED),
            count(RecordOutcome.Kind.UNCHANGED),
            skipped.size(),
            failed().size(),
            events,
            took.toMillis() / 1000.0,
            recordsPerSecond(),
            eventsPerSecond()));
    skipped.forEach(
        bad ->
            out.append(
                String.format(
                    "  skipped line %d (%s): %s%n", bad.line(), bad.name(), bad.reason())));
    failed()
        .forEach(
            f ->
                out.append(
                    String.format("  failed line %d (%s): %s%n", f.line(), f.name(), f.detail())));
    return out.toString();
  }
}
