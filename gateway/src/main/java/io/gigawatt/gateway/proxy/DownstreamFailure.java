package io.gigawatt.gateway.proxy;

import io.gigawatt.support.problem.Problem;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/** The problem the client gets when a call to a service brought no answer. */
final class DownstreamFailure {
  private DownstreamFailure() {}

  static Problem problem(ServiceTarget target, Throwable failure) {
    Throwable cause = unwrap(failure);
    String service = target.name();
    if (cause instanceof CircuitBreakerOpenException) {
      return Problem.of(
          503,
          "service-unavailable",
          "Service unavailable",
          service + " failed repeatedly; calls to it pause for a few seconds");
    }
    if (cause instanceof ConnectException) {
      return Problem.of(
          503, "service-unavailable", "Service unavailable", service + " is unreachable");
    }
    if (cause instanceof ConnectionPoolTooBusyException) {
      return Problem.of(
          503,
          "service-unavailable",
          "Service unavailable",
          service + " has too many calls queued");
    }
    if (isTimeout(cause)) {
      return Problem.of(
          504,
          "gateway-timeout",
          "Gateway timeout",
          service + " did not answer within " + target.timeout().toMillis() + " ms");
    }
    return Problem.of(
        502, "bad-gateway", "Bad gateway", service + " failed to answer: " + cause.getMessage());
  }

  static boolean isTimeout(Throwable cause) {
    return cause instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException
        || cause instanceof TimeoutException
        || cause.getClass().getSimpleName().contains("Timeout");
  }

  static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
