package io.gigawatt.events;

import java.time.LocalDate;

/** A fact recorded by Gigawatt. Every event carries its business date and its provenance. */
public sealed interface DomainEvent permits SiteEvent, ContractEvent {

  /** The aggregate this event belongs to; the Kafka key and the CloudEvents subject. */
  String aggregateId();

  /** When the fact happened in the world (may lie in the past for backfilled facts). */
  LocalDate occurredOn();

  /** A URL or citation the fact comes from. */
  String source();

  Confidence confidence();
}
