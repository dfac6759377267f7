package io.gigawatt.events;

/** Kafka topic names of the public contract. */
public final class Topics {
  /** Site events, key = site id, infinite retention: a replay source. */
  public static final String SITE_EVENTS = "gigawatt.site.events";

  /** Contract events, key = contract id, infinite retention: a replay source. */
  public static final String CONTRACT_EVENTS = "gigawatt.contract.events";

  /** Latest capacity snapshot per region, key = region code, compacted. */
  public static final String CAPACITY_REGIONS = "gigawatt.capacity.regions";

  /** Records capacity-service could not apply, with why and whence; kept forever. */
  public static final String CAPACITY_DEAD_LETTERS = "gigawatt.capacity-service.dlq";

  /** Records contract-service's known-sites replica could not apply; kept forever. */
  public static final String CONTRACT_DEAD_LETTERS = "gigawatt.contract-service.dlq";

  private Topics() {}
}
