package io.gigawatt.bench.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A chaos run: each kill and stop with its measurements, the final audit over every command, the
 * comparison with a rebuild, and what went wrong (empty when nothing was lost or doubled). {@code
 * aborted} says why the run stopped early, if it did.
 */
public record ChaosResult(
    ChaosOptions options,
    List<KillResult> kills,
    List<StopResult> stops,
    Audit finalAudit,
    RebuildCheck.Result rebuild,
    Map<String, Long> outcomes,
    Duration duration,
    String aborted) {

  public List<String> violations() {
    List<String> all = new ArrayList<>();
    kills.forEach(
        k -> k.violations().forEach(v -> all.add("after killing " + k.process() + ": " + v)));
    stops.forEach(
        s -> s.violations().forEach(v -> all.add("after stopping " + s.process() + ": " + v)));
    if (finalAudit != null) {
      finalAudit.violations().forEach(v -> all.add("final audit: " + v));
    }
    if (rebuild != null) {
      rebuild.differences().forEach(d -> all.add("read model vs rebuild: " + d));
    }
    if (aborted != null) {
      all.add("aborted: " + aborted);
    }
    return all;
  }

  public boolean clean() {
    return violations().isEmpty();
  }
}
