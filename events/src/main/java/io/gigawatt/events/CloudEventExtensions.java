package io.gigawatt.events;

/**
 * Names of the CloudEvents extension attributes Gigawatt sets. In Kafka binary mode each travels as
 * header {@code ce_<name>}.
 */
public final class CloudEventExtensions {
  /** The aggregate version the event produced, 1-based. */
  public static final String SEQUENCE = "sequence";

  public static final String CORRELATION_ID = "correlationid";
  public static final String CAUSATION_ID = "causationid";

  private CloudEventExtensions() {}
}
