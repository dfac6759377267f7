package io.gigawatt.contract.messaging;

import io.gigawatt.events.SiteEvent;

/** A site event as read from Kafka: its CloudEvents id, type and sequence, and its data. */
record ReceivedSiteEvent(String eventId, String type, long sequence, SiteEvent event) {}
