package io.gigawatt.capacity.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures are rounded for display; sums are taken before rounding. */
final class Round {
  private Round() {}

  /** MW, H100e and PFLOPS: one decimal, half up. */
  static double tenths(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }

  /** A share of a whole: four decimals; 0 when the whole is 0. */
  static double share(double part, double whole) {
    if (whole <= 0) {
      return 0;
    }
    return BigDecimal.valueOf(part / whole).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }
}
