package io.gigawatt.capacity.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A change of one region's metric from a business date on, as known from a record time: the history
 * that time travel ({@code asOf}, {@code knownAt}) sums.
 */
public record DatedDelta(
    String region, String metric, LocalDate on, OffsetDateTime knownAt, BigDecimal amount) {}
