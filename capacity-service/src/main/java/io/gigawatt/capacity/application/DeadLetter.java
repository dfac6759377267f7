package io.gigawatt.capacity.application;

import java.util.Map;

/** A record the projection could not apply, with where it came from and why. */
public record DeadLetter(
    String topic,
    int partition,
    long offset,
    String key,
    Map<String, String> headers,
    String payload,
    String reason) {}
