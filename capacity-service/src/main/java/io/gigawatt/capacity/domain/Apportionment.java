package io.gigawatt.capacity.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a whole amount by weights so that the parts add up exactly (largest remainder). */
final class Apportionment {
  private Apportionment() {}

  static Map<String, Long> split(long total, Map<String, Double> weights) {
    double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Long> parts = new LinkedHashMap<>();
    List<Map.Entry<String, Double>> remainders = new ArrayList<>();
    long assigned = 0;
    for (var weight : weights.entrySet()) {
      double exact = sum > 0 ? total * weight.getValue() / sum : 0;
      long floor = (long) Math.floor(exact);
      parts.put(weight.getKey(), floor);
      remainders.add(Map.entry(weight.getKey(), exact - floor));
      assigned += floor;
    }
    remainders.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
    for (int i = 0; assigned < total && !remainders.isEmpty(); i++, assigned++) {
      parts.merge(remainders.get(i % remainders.size()).getKey(), 1L, Long::sum);
    }
    return parts;
  }
}
