package io.gigawatt.eventstore;

/** Who and what caused an append: stored with every event, published as CloudEvents extensions. */
public record EventMetadata(
    String correlationId, String causationId, String actor, String idempotencyKey) {

  public static EventMetadata none() {
    return new EventMetadata(null, null, null, null);
  }
}
