package io.gigawatt.capacity.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a whole amount by weights so that the parts add up exactly (largest remainder; ties go to
 * the earlier key).
 */
final class Apportionment {
  private Apportionment() {}

  static Map<String, Long> split(long total, Map<String, BigDecimal> weights) {
    BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, Long> parts = new LinkedHashMap<>();
    List<Map.Entry<String, BigDecimal>> remainders = new ArrayList<>();
    long assigned = 0;
    for (var weight : weights.entrySet()) {
      BigDecimal exact =
          sum.signum() > 0
              ? BigDecimal.valueOf(total)
                  .multiply(weight.getValue())
                  .divide(sum, MathContext.DECIMAL128)
              : BigDecimal.ZERO;
      long floor = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
      parts.put(weight.getKey(), floor);
      remainders.add(Map.entry(weight.getKey(), exact.subtract(BigDecimal.valueOf(floor))));
      assigned += floor;
    }
    remainders.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder()));
    for (int i = 0; assigned < total && !remainders.isEmpty(); i++, assigned++) {
      parts.merge(remainders.get(i % remainders.size()).getKey(), 1L, Long::sum);
    }
    return parts;
  }
}
