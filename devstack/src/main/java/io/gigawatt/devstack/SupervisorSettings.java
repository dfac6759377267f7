package io.gigawatt.devstack;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How the supervisor watches a local stack.
 *
 * @param livenessTimeout how long a unit may fail its liveness (a service's /q/health/live not 200,
 *     Kafka's or PostgreSQL's port closed) before it is killed and restarted
 * @param backoffInitial the wait before the first restart after a crash; doubled for each further
 *     crash in a row, up to {@code backoffMax}
 * @param stableAfter how long a restarted unit must stay up before a crash counts as the first
 *     again
 * @param poll how often the processes are checked (liveness: at most every 2 s)
 */
public record SupervisorSettings(
    Duration livenessTimeout,
    Duration backoffInitial,
    Duration backoffMax,
    Duration stableAfter,
    Duration poll) {
  static final String LIVENESS_TIMEOUT = "GIGAWATT_LIVENESS_TIMEOUT_SECONDS";
  static final String BACKOFF_MAX = "GIGAWATT_RESTART_BACKOFF_MAX_SECONDS";

  public static SupervisorSettings defaults() {
    return new SupervisorSettings(
        Duration.ofSeconds(30),
        Duration.ofMillis(500),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofMillis(250));
  }

  /** The defaults with {@value #LIVENESS_TIMEOUT} and {@value #BACKOFF_MAX} applied. */
  public static SupervisorSettings fromEnvironment(Map<String, String> env) {
    SupervisorSettings d = defaults();
    return new SupervisorSettings(
        seconds(env, LIVENESS_TIMEOUT, d.livenessTimeout),
        d.backoffInitial,
        seconds(env, BACKOFF_MAX, d.backoffMax),
        d.stableAfter,
        d.poll);
  }

  /** The wait before restart number {@code crashesInARow} (1 for the first). */
  public Duration backoff(int crashesInARow) {
    int doublings = Math.min(Math.max(crashesInARow - 1, 0), 30);
    Duration delay = backoffInitial.multipliedBy(1L << doublings);
    return delay.compareTo(backoffMax) > 0 ? backoffMax : delay;
  }

  Duration livenessInterval() {
    Duration twoSeconds = Duration.ofSeconds(2);
    return livenessTimeout.dividedBy(3).compareTo(twoSeconds) < 0
        ? livenessTimeout.dividedBy(3)
        : twoSeconds;
  }

  /** As arguments of {@link SupervisorMain}. */
  List<String> toArgs() {
    return List.of(
        "--liveness-timeout-ms", Long.toString(livenessTimeout.toMillis()),
        "--backoff-initial-ms", Long.toString(backoffInitial.toMillis()),
        "--backoff-max-ms", Long.toString(backoffMax.toMillis()),
        "--stable-after-ms", Long.toString(stableAfter.toMillis()),
        "--poll-ms", Long.toString(poll.toMillis()));
  }

  static SupervisorSettings parse(Options options) {
    SupervisorSettings d = defaults();
    return new SupervisorSettings(
        options.millis("--liveness-timeout-ms", d.livenessTimeout),
        options.millis("--backoff-initial-ms", d.backoffInitial),
        options.millis("--backoff-max-ms", d.backoffMax),
        options.millis("--stable-after-ms", d.stableAfter),
        options.millis("--poll-ms", d.poll));
  }

  private static Duration seconds(Map<String, String> env, String name, Duration fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Duration.ofMillis(Math.round(Double.parseDouble(value.trim()) * 1000));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number of seconds: " + value, e);
    }
  }
}
