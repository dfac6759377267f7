package io.gigawatt.support.messaging;

import io.gigawatt.events.DomainEvent;
import java.time.OffsetDateTime;

/**
 * An event as read from the ledger: its CloudEvents attributes and its data.
 *
 * @param eventId the CloudEvents id, the dedupe key
 * @param sequence the aggregate version ({@code ce_sequence}), 1-based
 */
public record RecordedEvent(
    String eventId,
    String type,
    String subject,
    long sequence,
    OffsetDateTime recordedAt,
    DomainEvent event) {}
