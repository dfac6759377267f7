package io.gigawatt.bench.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A generation of the read model, table by table, each row as a line under its key. */
record ViewSnapshot(
    int generation,
    Map<String, String> regions,
    Map<String, String> sites,
    Map<String, String> contracts,
    Map<String, String> facts) {

  /** What differs from {@code other}, table by table, at most five keys each. */
  List<String> differences(ViewSnapshot other) {
    List<String> differences = new ArrayList<>();
    compare("region", regions, other.regions, differences);
    compare("site", sites, other.sites, differences);
    compare("contract", contracts, other.contracts, differences);
    compare("fact", facts, other.facts, differences);
    return differences;
  }

  int rows() {
    return regions.size() + sites.size() + contracts.size() + facts.size();
  }

  private static void compare(
      String table, Map<String, String> a, Map<String, String> b, List<String> differences) {
    TreeSet<String> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    List<String> differing =
        keys.stream()
            .filter(k -> !String.valueOf(a.get(k)).equals(String.valueOf(b.get(k))))
            .toList();
    if (!differing.isEmpty()) {
      differences.add(
          table
              + ": "
              + differing.size()
              + " rows differ, e.g. "
              + differing.stream()
                  .limit(5)
                  .map(k -> k + " live=" + a.get(k) + " rebuilt=" + b.get(k))
                  .toList());
    }
  }
}
