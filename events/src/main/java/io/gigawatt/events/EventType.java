package io.gigawatt.events;

import java.util.Arrays;

/** The catalog of event types: CloudEvents type, Java record, topic and producing service. */
public enum EventType {
  SITE_ANNOUNCED("io.gigawatt.site.announced.v2", SiteAnnounced.class, Producer.SITE_SERVICE),
  SITE_CONSTRUCTION_STARTED(
      "io.gigawatt.site.construction-started.v1",
      SiteConstructionStarted.class,
      Producer.SITE_SERVICE),
  SITE_CAPACITY_REVISED(
      "io.gigawatt.site.capacity-revised.v1", SiteCapacityRevised.class, Producer.SITE_SERVICE),
  SITE_PHASE_ENERGIZED(
      "io.gigawatt.site.phase-energized.v1", SitePhaseEnergized.class, Producer.SITE_SERVICE),
  SITE_CANCELLED("io.gigawatt.site.cancelled.v1", SiteCancelled.class, Producer.SITE_SERVICE),
  SITE_DE_ENERGIZED(
      "io.gigawatt.site.de-energized.v1", SiteDeEnergized.class, Producer.SITE_SERVICE),
  SITE_DECOMMISSIONED(
      "io.gigawatt.site.decommissioned.v1", SiteDecommissioned.class, Producer.SITE_SERVICE),
  CONTRACT_SIGNED(
      "io.gigawatt.contract.signed.v1", ContractSigned.class, Producer.CONTRACT_SERVICE),
  CONTRACT_AMENDED(
      "io.gigawatt.contract.amended.v1", ContractAmended.class, Producer.CONTRACT_SERVICE),
  GPUS_DELIVERED(
      "io.gigawatt.contract.gpus-delivered.v1", GpusDelivered.class, Producer.CONTRACT_SERVICE),
  CONTRACT_TERMINATED(
      "io.gigawatt.contract.terminated.v1", ContractTerminated.class, Producer.CONTRACT_SERVICE),
  GPUS_RETIRED(
      "io.gigawatt.contract.gpus-retired.v1", GpusRetired.class, Producer.CONTRACT_SERVICE);

  private final String ceType;
  private final Class<? extends DomainEvent> recordType;
  private final Producer producer;

  EventType(String ceType, Class<? extends DomainEvent> recordType, Producer producer) {
    this.ceType = ceType;
    this.recordType = recordType;
    this.producer = producer;
  }

  /** The CloudEvents {@code type} attribute, e.g. {@code io.gigawatt.site.announced.v1}. */
  public String ceType() {
    return ceType;
  }

  public Class<? extends DomainEvent> recordType() {
    return recordType;
  }

  public String topic() {
    return producer.topic();
  }

  /** The CloudEvents {@code source} attribute, e.g. {@code /gigawatt/site-service}. */
  public String ceSource() {
    return producer.ceSource();
  }

  /** Classpath location of this type's JSON Schema. */
  public String schemaResource() {
    return "/schemas/" + ceType + ".json";
  }

  public static EventType of(DomainEvent event) {
    return Arrays.stream(values())
        .filter(t -> t.recordType == event.getClass())
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no event type for " + event.getClass()));
  }

  /** The type of a CloudEvents type, also of an older version that upcasts to it. */
  public static EventType ofCeType(String ceType) {
    String current = Upcasters.currentType(ceType);
    return Arrays.stream(values())
        .filter(t -> t.ceType.equals(current))
        .findFirst()
        .orElseThrow(() -> new UnknownEventTypeException(ceType));
  }

  /** The service that owns a topic and the CloudEvents source it stamps on its events. */
  public enum Producer {
    SITE_SERVICE(Topics.SITE_EVENTS, "/gigawatt/site-service"),
    CONTRACT_SERVICE(Topics.CONTRACT_EVENTS, "/gigawatt/contract-service");

    private final String topic;
    private final String ceSource;

    Producer(String topic, String ceSource) {
      this.topic = topic;
      this.ceSource = ceSource;
    }

    public String topic() {
      return topic;
    }

    public String ceSource() {
      return ceSource;
    }
  }
}
