package io.gigawatt.bench.chaos;

/** The commands of the chaos load, and the event store each appends its one event to. */
public enum CommandKind {
  ANNOUNCE_SITE("sites"),
  SIGN_CONTRACT("contracts"),
  DELIVER_GPUS("contracts");

  private final String database;

  CommandKind(String database) {
    this.database = database;
  }

  public String database() {
    return database;
  }
}
