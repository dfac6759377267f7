package io.gigawatt.events;

/**
 * The snapshots capacity-service publishes on {@link Topics#CAPACITY_REGIONS}: the newest figures
 * of one region per record, key = region code, CloudEvents binary mode.
 */
public final class RegionSnapshots {
  public static final String CE_TYPE = "io.gigawatt.capacity.region-snapshot.v1";
  public static final String CE_SOURCE = "/gigawatt/capacity-service";

  /** Classpath location of the snapshot's JSON Schema. */
  public static final String SCHEMA_RESOURCE = "/schemas/" + CE_TYPE + ".json";

  private RegionSnapshots() {}
}
