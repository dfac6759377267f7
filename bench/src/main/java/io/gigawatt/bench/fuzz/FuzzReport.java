package io.gigawatt.bench.fuzz;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A {@link FuzzResult} as a markdown report: totals, statuses, routes by role, violations. */
final class FuzzReport {
  private static final int LISTED = 60;

  private FuzzReport() {}

  static String markdown(FuzzResult result, String command) {
    var out = new StringBuilder("# Hostile input: fuzz report\n\n");
    List<FuzzResult.Outcome> outcomes = result.outcomes();
    double seconds = result.duration().toMillis() / 1000.0;
    out.append("Command: `").append(command).append("`\n\n");
    out.append(
        String.format(
            "Seed %d, %,d requests generated, %,d sent, %,d left out as known cases; %d connections"
                + " plus an anonymous lane at %.0f/s; %.1f s in all (fixtures and audit included).%n",
            result.options().seed(),
            result.options().requests(),
            outcomes.size(),
            result.skipped().size(),
            result.options().workers(),
            result.options().anonymousPerSecond(),
            seconds));
    out.append("Fixtures: ").append(result.fixtures()).append(".\n\n## Result\n\n");
    out.append(count(outcomes, v -> v.startsWith("answered 5"), "answers of 5xx"));
    out.append(
        count(
            outcomes,
            v -> v.startsWith("error answer") || v.startsWith("problem"),
            "error answers that are not RFC 9457 problems"));
    out.append(
        count(
            outcomes, v -> v.endsWith("to an invalid request"), "2xx answers to invalid requests"));
    out.append(
        count(
            outcomes,
            v -> v.startsWith("no answer"),
            "requests without an answer (HTTP itself intact)"));
    out.append("- ")
        .append(result.auditViolations().size())
        .append(" half-written or missing writes found by the audit\n\n");
    out.append(result.clean() ? "**Clean.**\n\n" : "**Violations found** (listed below).\n\n");
    statuses(out, outcomes);
    verdicts(out, outcomes);
    routes(out, outcomes);
    violations(out, result, command);
    out.append("## Audit of what was written\n\n");
    result.auditNotes().forEach(n -> out.append("- ").append(n).append('\n'));
    result.auditViolations().forEach(v -> out.append("- **").append(v).append("**\n"));
    if (!result.skipped().isEmpty()) {
      out.append("\n## Left out as known cases\n\n");
      result.skipped().stream().limit(LISTED).forEach(s -> out.append("- ").append(s).append('\n'));
    }
    return out.toString();
  }

  private static String count(
      List<FuzzResult.Outcome> outcomes, Predicate<String> kind, String what) {
    long n = outcomes.stream().filter(o -> o.violations().stream().anyMatch(kind)).count();
    return "- " + n + " " + what + "\n";
  }

  private static void statuses(StringBuilder out, List<FuzzResult.Outcome> outcomes) {
    Map<Integer, Long> byStatus =
        outcomes.stream()
            .collect(
                Collectors.groupingBy(
                    FuzzResult.Outcome::status, TreeMap::new, Collectors.counting()));
    out.append("## Statuses\n\n| status | requests |\n|---:|---:|\n");
    byStatus.forEach(
        (status, n) ->
            out.append(String.format("| %s | %,d |%n", status == 0 ? "none" : status, n)));
    out.append('\n');
  }

  private static void verdicts(StringBuilder out, List<FuzzResult.Outcome> outcomes) {
    out.append(
        "## What the README promises, and what came back\n\n| input | 2xx | 4xx | 5xx | none |\n|---|---:|---:|---:|---:|\n");
    for (Verdict verdict : Verdict.values()) {
      long[] n = new long[4];
      outcomes.stream().filter(o -> o.verdict() == verdict).forEach(o -> n[bucket(o.status())]++);
      out.append(
          String.format(
              "| %s | %,d | %,d | %,d | %,d |%n",
              verdict.name().toLowerCase(), n[0], n[1], n[2], n[3]));
    }
    out.append('\n');
  }

  private static int bucket(int status) {
    return status == 0 ? 3 : status >= 500 ? 2 : status >= 300 ? 1 : 0;
  }

  private static void routes(StringBuilder out, List<FuzzResult.Outcome> outcomes) {
    out.append(
        "## Requests per route and role\n\n| route | anonymous | reader | writer | admin | statuses |\n|---|---:|---:|---:|---:|---|\n");
    for (FuzzRoute route : FuzzRoutes.ALL) {
      List<FuzzResult.Outcome> mine =
          outcomes.stream().filter(o -> o.route().equals(route.label())).toList();
      out.append("| `").append(route.label()).append("` |");
      for (Role role : Role.values()) {
        out.append(String.format(" %,d |", mine.stream().filter(o -> o.role() == role).count()));
      }
      Map<Integer, Long> statuses =
          mine.stream()
              .collect(
                  Collectors.groupingBy(
                      FuzzResult.Outcome::status, TreeMap::new, Collectors.counting()));
      out.append(' ')
          .append(
              statuses.entrySet().stream()
                  .map(e -> (e.getKey() == 0 ? "none" : e.getKey()) + "×" + e.getValue())
                  .collect(Collectors.joining(" ")))
          .append(" |\n");
    }
    out.append('\n');
  }

  private static void violations(StringBuilder out, FuzzResult result, String command) {
    List<FuzzResult.Outcome> wrong = result.violations();
    if (wrong.isEmpty()) {
      return;
    }
    out.append("## Violations")
        .append(wrong.size() > LISTED ? " (the first " + LISTED + " of " + wrong.size() + ")" : "")
        .append("\n\n");
    out.append(
        "Each request is shown as sent (`\\r\\n` visible, `c×N` for N copies of c, keys as `$ROLE_KEY`); `--only` sends exactly it again after fresh fixtures.\n\n");
    for (FuzzResult.Outcome o : wrong.stream().limit(LISTED).toList()) {
      out.append("### #")
          .append(o.index())
          .append(' ')
          .append(o.route())
          .append(" as ")
          .append(o.role().label())
          .append("\n\n");
      out.append("- wrong: ").append(String.join("; ", o.violations())).append('\n');
      out.append("- input: ")
          .append(o.description())
          .append(" (")
          .append(o.verdict().name().toLowerCase())
          .append(")\n");
      out.append("- answer: `").append(o.answer().replace('`', '\'')).append("`\n");
      out.append("- again: `./bench/run fuzz --seed ")
          .append(result.options().seed())
          .append(" --requests ")
          .append(result.options().requests())
          .append(" --only ")
          .append(o.index())
          .append("`\n\n");
      out.append("```\n").append(o.request()).append("\n```\n\n");
    }
  }
}
