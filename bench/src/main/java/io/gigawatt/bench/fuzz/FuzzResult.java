package io.gigawatt.bench.fuzz;

import java.time.Duration;
import java.util.List;

/**
 * A finished run: one {@link Outcome} per request sent, the requests left out as known cases, the
 * audit of what was written, and how long it took. {@link #violations()} is what failed.
 */
public record FuzzResult(
    FuzzOptions options,
    List<Outcome> outcomes,
    List<String> skipped,
    List<String> auditViolations,
    List<String> auditNotes,
    String fixtures,
    Duration duration) {

  /**
   * One request and its answer: status 0 for none. {@code request} and {@code answer} are kept
   * (printable, shortened) only for requests with violations.
   */
  public record Outcome(
      int index,
      String route,
      Role role,
      Verdict verdict,
      int status,
      long micros,
      String description,
      List<String> violations,
      String request,
      String answer) {}

  public FuzzResult {
    outcomes = List.copyOf(outcomes);
    skipped = List.copyOf(skipped);
    auditViolations = List.copyOf(auditViolations);
    auditNotes = List.copyOf(auditNotes);
  }

  public List<Outcome> violations() {
    return outcomes.stream().filter(o -> !o.violations().isEmpty()).toList();
  }

  /** No request answered wrongly and nothing half-written. */
  public boolean clean() {
    return violations().isEmpty() && auditViolations.isEmpty();
  }

  public String markdown(String command) {
    return FuzzReport.markdown(this, command);
  }
}
