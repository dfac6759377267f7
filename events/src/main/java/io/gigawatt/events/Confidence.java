package io.gigawatt.events;

/** How sure the ledger is of a fact. */
public enum Confidence {
  CONFIRMED,
  REPORTED,
  SPECULATIVE
}
