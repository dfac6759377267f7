package io.gigawatt.bench.chaos;

import java.util.List;
import java.util.Map;

/**
 * One process killed with SIGKILL: its pid before and after, seconds from the kill until it ran
 * again, until the whole stack was healthy and until the first command was accepted again; the
 * commands that failed meanwhile by outcome; the peak outbox backlog and projection lag, and the
 * seconds they took to drain once the load paused; the audit after it.
 */
public record KillResult(
    String process,
    long pidBefore,
    long pidAfter,
    double backSeconds,
    double healthySeconds,
    double firstAcceptedSeconds,
    Map<String, Long> failedDuringOutage,
    long peakBacklog,
    long peakProjectionLag,
    double drainSeconds,
    Audit audit,
    List<String> violations) {}
