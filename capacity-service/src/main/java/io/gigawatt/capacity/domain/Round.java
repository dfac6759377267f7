package io.gigawatt.capacity.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How exact sums are rounded for display. */
final class Round {
  private Round() {}

  /** MW, H100e and PFLOPS: one decimal, half up. */
  static double tenths(BigDecimal value) {
    return value.setScale(1, RoundingMode.HALF_UP).doubleValue();
  }

  /** A share of a whole: four decimals; 0 when the whole is 0. */
  static double share(BigDecimal part, BigDecimal whole) {
    if (whole.signum() <= 0) {
      return 0;
    }
    return part.divide(whole, MathContext.DECIMAL64)
        .setScale(4, RoundingMode.HALF_UP)
        .doubleValue();
  }
}
