package io.gigawatt.bench;

import java.util.List;

/** How the raw JDBC load commits its rows. */
public enum RawMode {
  SINGLE("single", "1 row per transaction (autocommit)", 1, List.of(), true),
  COMMIT_DELAY(
      "commit-delay",
      "1 row per transaction, session commit_delay=200us, commit_siblings=2",
      1,
      List.of("SET commit_delay = 200", "SET commit_siblings = 2"),
      true),
  NOTIFY(
      "notify",
      "1 row per transaction plus pg_notify, as the eventstore's insert trigger does",
      1,
      List.of(),
      true),
  BATCH10("batch10", "10 rows per transaction (JDBC batch)", 10, List.of(), true),
  ASYNC(
      "async",
      "1 row per transaction, synchronous_commit=off: NOT durable, a ceiling",
      1,
      List.of("SET synchronous_commit = off"),
      false);

  private final String id;
  private final String description;
  private final int rowsPerTransaction;
  private final List<String> sessionSettings;
  private final boolean durable;

  RawMode(
      String id,
      String description,
      int rowsPerTransaction,
      List<String> sessionSettings,
      boolean durable) {
    this.id = id;
    this.description = description;
    this.rowsPerTransaction = rowsPerTransaction;
    this.sessionSettings = sessionSettings;
    this.durable = durable;
  }

  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  public int rowsPerTransaction() {
    return rowsPerTransaction;
  }

  public List<String> sessionSettings() {
    return sessionSettings;
  }

  public boolean durable() {
    return durable;
  }

  /** Whether each transaction also sends a NOTIFY (commits then serialize on its global lock). */
  public boolean notifies() {
    return this == NOTIFY;
  }

  public static RawMode of(String id) {
    for (RawMode mode : values()) {
      if (mode.id.equals(id)) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "Unknown raw mode '" + id + "' (single, commit-delay, notify, batch10, async)");
  }
}
