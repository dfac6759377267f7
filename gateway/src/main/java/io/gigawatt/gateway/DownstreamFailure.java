package io.gigawatt.gateway;

import io.gigawatt.support.problem.Problem;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** The problem the client gets when a call to a service fails. */
final class DownstreamFailure {
  private DownstreamFailure() {}

  static Problem problem(Downstream target, Exception cause, Duration requestTimeout) {
    String service = target.serviceName();
    if (cause instanceof ConnectException
        || cause instanceof HttpConnectTimeoutException
        || cause instanceof InterruptedException) {
      return Problem.of(
          503, "service-unavailable", "Service unavailable", service + " is unreachable");
    }
    if (cause instanceof HttpTimeoutException) {
      return Problem.of(
          504,
          "gateway-timeout",
          "Gateway timeout",
          service + " did not answer within " + requestTimeout.toMillis() + " ms");
    }
    return Problem.of(
        502, "bad-gateway", "Bad gateway", service + " failed to answer: " + cause.getMessage());
  }
}
