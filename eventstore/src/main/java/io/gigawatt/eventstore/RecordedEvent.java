package io.gigawatt.eventstore;

import io.gigawatt.events.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/** An event as the store holds it: the fact plus where and when it was recorded. */
public record RecordedEvent(
    long position,
    String streamId,
    int version,
    UUID eventId,
    String type,
    DomainEvent event,
    EventMetadata metadata,
    Instant recordedAt) {}
