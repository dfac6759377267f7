package io.gigawatt.capacity.application;

/**
 * One copy of the read model. The ACTIVE one serves reads; a BUILDING one replays every topic from
 * the beginning and replaces it once caught up; the replaced one is RETIRED, then dropped.
 */
public record ViewGeneration(int id, State state, int modelVersion) {
  public enum State {
    BUILDING,
    ACTIVE,
    RETIRED
  }

  /** The PostgreSQL schema that holds this generation's tables. */
  public String schema() {
    return "view_" + id;
  }

  /** The Kafka consumer group that feeds it; each generation reads every partition. */
  public String consumerGroup() {
    return "capacity-service.view-" + id;
  }
}
