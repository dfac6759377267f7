package io.gigawatt.bench.fuzz;

import java.util.List;

/**
 * One generated request: its place in the run ({@code index}, reproducible from the seed), the
 * route it aims at, who sends it, what was done to it ({@code labels}), what the API promises for
 * it, and whether HTTP itself cannot read it (then the server may drop the connection, or answer
 * with its codec's bare status).
 */
public record FuzzCase(
    int index,
    FuzzRoute route,
    Role role,
    List<String> labels,
    Verdict verdict,
    RawRequest request,
    boolean httpLevel) {

  public FuzzCase {
    labels = List.copyOf(labels);
  }

  public String description() {
    return labels.isEmpty() ? "valid" : String.join("; ", labels);
  }

  /** Whether any label starts with one of these (known cases to leave out). */
  public boolean matchesAny(java.util.Collection<String> prefixes) {
    return labels.stream().anyMatch(l -> prefixes.stream().anyMatch(l::startsWith));
  }
}
