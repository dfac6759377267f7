package io.gigawatt.bench.chaos;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A chaos run as markdown: a table per kind of fault, the totals, the cut-offs, the verdict. */
public final class ChaosReport {
  private static final int LISTED = 50;

  private ChaosReport() {}

  public static String markdown(ChaosResult r, String command) {
    StringBuilder md = new StringBuilder("# Chaos run\n\n");
    ChaosOptions o = r.options();
    md.append("`")
        .append(command)
        .append("`: ")
        .append(o.clients())
        .append(" clients, ")
        .append(o.rate())
        .append(" commands/s through the gateway, ")
        .append(String.format("%.0f s in all.%n%n", r.duration().toMillis() / 1000.0));
    md.append("## Killed with `kill -9`\n\n")
        .append("| process | pid → new pid | running again (s) | stack healthy (s) |")
        .append(" first command accepted (s) | failed meanwhile | peak outbox / projection lag |")
        .append(" drained after (s) | audit |\n|---|---|---:|---:|---:|---|---|---:|---|\n");
    for (KillResult k : r.kills()) {
      md.append(
          String.format(
              "| %s | %d → %d | %.1f | %.1f | %.1f | %s | %d / %d | %.1f | %s |%n",
              k.process(),
              k.pidBefore(),
              k.pidAfter(),
              k.backSeconds(),
              k.healthySeconds(),
              k.firstAcceptedSeconds(),
              outcomes(k.failedDuringOutage()),
              k.peakBacklog(),
              k.peakProjectionLag(),
              k.drainSeconds(),
              verdict(k.violations())));
    }
    md.append("\n## Stopped with SIGSTOP, then continued\n\n")
        .append(
            "| process | stopped (s) | commands meanwhile | reads meanwhile | health meanwhile |")
        .append(" healthy after continue (s) | restarts | dead letters |")
        .append(" peak outbox / projection lag | drained after (s) | audit |\n")
        .append("|---|---:|---|---|---|---:|---:|---:|---|---:|---|\n");
    for (StopResult s : r.stops()) {
      md.append(
          String.format(
              "| %s | %.1f | %s | %s | %s | %.1f | %d | %d | %d / %d | %.1f | %s |%n",
              s.process(),
              s.stoppedSeconds(),
              outcomes(s.commandsDuringStop()),
              outcomes(s.readsDuringStop()),
              outcomes(s.healthDuringStop()),
              s.healthySecondsAfterContinue(),
              s.restarts(),
              s.deadLettersAdded(),
              s.peakBacklog(),
              s.peakProjectionLag(),
              s.drainSeconds(),
              verdict(s.violations())));
    }
    md.append("\n## Every command\n\n").append(outcomes(r.outcomes())).append("\n\n");
    if (r.finalAudit() != null) {
      Audit a = r.finalAudit();
      md.append(
          String.format(
              "%d commands: %d accepted (each in its event store once, on its topic, among the read"
                  + " model's facts once), %d refused (4xx, stored nowhere), %d cut off (5xx or no"
                  + " answer) of which %d were stored anyway; %d events stored, %d duplicate records"
                  + " on the topics.%n%n",
              a.commands(),
              a.accepted(),
              a.rejected(),
              a.cutOff().size(),
              a.cutOffStored().size(),
              a.storedEvents(),
              a.topicDuplicates()));
      md.append("Cut off (first ").append(LISTED).append("; * = stored anyway):\n\n");
      List<String> stored = a.cutOffStored().stream().map(Answer::correlationId).toList();
      a.cutOff().stream()
          .limit(LISTED)
          .forEach(
              c ->
                  md.append("- ")
                      .append(c.kind())
                      .append(' ')
                      .append(c.correlationId())
                      .append(stored.contains(c.correlationId()) ? " *" : "")
                      .append(": ")
                      .append(c.outcome())
                      .append('\n'));
    }
    if (r.rebuild() != null) {
      var b = r.rebuild();
      md.append(
          String.format(
              "%nRead model (generation %d, %d rows) against a rebuild from the topics (generation"
                  + " %d, active after %.1f s): %s.%n",
              b.live(),
              b.rows(),
              b.rebuilt(),
              b.seconds(),
              b.differences().isEmpty() ? "identical" : "DIFFERENT"));
    }
    List<String> violations = r.violations();
    md.append("\n## Verdict\n\n")
        .append(
            violations.isEmpty()
                ? "Nothing lost, nothing doubled.\n"
                : violations.stream().map(v -> "- " + v).collect(Collectors.joining("\n")) + "\n");
    return md.toString();
  }

  private static String outcomes(Map<String, Long> outcomes) {
    if (outcomes.isEmpty()) {
      return "none";
    }
    return new TreeMap<>(outcomes)
        .entrySet().stream()
            .map(e -> e.getValue() + "× " + e.getKey())
            .collect(Collectors.joining(", "));
  }

  private static String verdict(List<String> violations) {
    return violations.isEmpty() ? "clean" : violations.size() + " violations";
  }
}
