package io.gigawatt.bench.chaos;

import java.util.List;
import java.util.Map;

/**
 * A process stopped (SIGSTOP) for a while under load, then continued: the outcomes of the commands
 * sent and of the reads tried while it was stopped, what health said meanwhile (observation → times
 * seen), seconds from the continue until healthy, restarts the supervisor made meanwhile, dead
 * letters added, the peak lag and its drain, the audit after it.
 */
public record StopResult(
    String process,
    double stoppedSeconds,
    Map<String, Long> commandsDuringStop,
    Map<String, Long> readsDuringStop,
    Map<String, Long> healthDuringStop,
    double healthySecondsAfterContinue,
    int restarts,
    long deadLettersAdded,
    long peakBacklog,
    long peakProjectionLag,
    double drainSeconds,
    Audit audit,
    List<String> violations) {}
