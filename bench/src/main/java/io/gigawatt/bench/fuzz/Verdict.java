package io.gigawatt.bench.fuzz;

/**
 * What the API promises for an input: {@code VALID} may be answered 2xx (or refused by a business
 * rule, a version check, a missing resource), {@code INVALID} must never be answered 2xx, and
 * {@code EITHER} is input the README leaves open (e.g. {@code 1.0} for a count), checked only for
 * its answer's form and, when 2xx, for what it wrote.
 */
public enum Verdict {
  VALID,
  EITHER,
  INVALID;

  /** The verdict of a request made of two parts: the stricter one wins. */
  public Verdict and(Verdict other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
