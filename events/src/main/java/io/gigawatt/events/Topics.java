package io.gigawatt.events;

/** Kafka topic names of the public contract. */
public final class Topics {
  /** Site events, key = site id, infinite retention: a replay source. */
  public static final String SITE_EVENTS = "gigawatt.site.events";

  /** Contract events, key = contract id, infinite retention: a replay source. */
  public static final String CONTRACT_EVENTS = "gigawatt.contract.events";

  /** Latest capacity snapshot per region, key = region code, compacted. */
  public static final String CAPACITY_REGIONS = "gigawatt.capacity.regions";

  private Topics() {}
}
