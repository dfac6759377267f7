package io.gigawatt.gateway;

import io.gigawatt.support.problem.Problem;
import io.gigawatt.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import org.jboss.logging.Logger;

/** Forwards one request 1:1 to its owning service and relays the answer; never retries. */
@ApplicationScoped
public class ServiceProxy {
  static final List<String> REQUEST_HEADERS =
      List.of(
          "Content-Type",
          "Accept",
          "If-Match",
          "Idempotency-Key",
          "traceparent",
          "X-Correlation-Id",
          "X-Actor");

  private static final Logger LOG = Logger.getLogger(ServiceProxy.class);

  private final GatewayConfig config;
  private final HttpClient client;

  ServiceProxy(GatewayConfig config, HttpClient client) {
    this.config = config;
    this.client = client;
  }

  /**
   * @param inbound the gateway's request URI; its raw path and query are forwarded unchanged
   * @param body the request body, or {@code null} for none
   */
  public Response forward(
      Downstream target, String method, URI inbound, HttpHeaders headers, byte[] body) {
    var request =
        HttpRequest.newBuilder(target.resolve(config, inbound.getRawPath(), inbound.getRawQuery()))
            .timeout(config.requestTimeout())
            .method(
                method,
                body == null || body.length == 0
                    ? BodyPublishers.noBody()
                    : BodyPublishers.ofByteArray(body));
    for (String name : REQUEST_HEADERS) {
      String value = headers.getHeaderString(name);
      if (value != null) {
        request.header(name, value);
      }
    }
    return RelayedResponse.of(send(target, request.build()), target.baseUrl(config), inbound);
  }

  private HttpResponse<byte[]> send(Downstream target, HttpRequest request) {
    try {
      return client.send(request, BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw failure(request, DownstreamFailure.problem(target, e, config.requestTimeout()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(request, DownstreamFailure.problem(target, e, config.requestTimeout()), e);
    }
  }

  private static ProblemException failure(HttpRequest request, Problem problem, Exception cause) {
    LOG.warnf(
        "%s %s -> %d: %s (%s)",
        request.method(), request.uri(), problem.status(), problem.detail(), cause);
    return new ProblemException(problem);
  }
}
