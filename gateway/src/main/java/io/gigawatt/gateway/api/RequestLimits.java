package io.gigawatt.gateway.api;

import io.gigawatt.events.Bounds;
import io.gigawatt.gateway.GatewayConfig;
import io.gigawatt.support.problem.Problem;
import io.gigawatt.support.validation.Validator;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The documented request limits, checked before anything else: request target length (414), header
 * size (431), a declared body length (413) and the length of an {@code X-Correlation-Id} (400, on
 * the gateway's own routes as on the services'). A chunked body over the limit is stopped by the
 * body handler (413 too). The HTTP codec's own limits are set well above these, so that these
 * answers, with a problem body, are the ones clients see.
 */
@ApplicationScoped
public class RequestLimits implements Handler<RoutingContext> {
  private static final String CORRELATION_ID = "X-Correlation-Id";
  private final int maxUriLength;
  private final long maxHeaderSize;
  private final long maxBodySize;

  RequestLimits(GatewayConfig config) {
    this.maxUriLength = config.limits().maxUriLength();
    this.maxHeaderSize = config.limits().maxHeaderSize().asLongValue();
    this.maxBodySize = config.limits().maxBodySize().asLongValue();
  }

  public long maxBodySize() {
    return maxBodySize;
  }

  @Override
  public void handle(RoutingContext context) {
    HttpServerRequest request = context.request();
    if (request.uri().length() > maxUriLength) {
      refuse(
          context,
          414,
          "uri-too-long",
          "URI too long",
          "the request target has "
              + request.uri().length()
              + " characters; at most "
              + maxUriLength);
      return;
    }
    long headerSize = 0;
    for (Map.Entry<String, String> header : request.headers()) {
      headerSize += header.getKey().length() + header.getValue().length() + 4;
    }
    if (headerSize > maxHeaderSize) {
      refuse(
          context,
          431,
          "headers-too-large",
          "Request header fields too large",
          "the request headers have " + headerSize + " bytes; at most " + maxHeaderSize);
      return;
    }
    String correlationId = request.getHeader(CORRELATION_ID);
    var headers =
        new Validator()
            .ifPresent(
                CORRELATION_ID,
                correlationId == null || correlationId.isBlank() ? null : correlationId.strip(),
                Bounds.TEXT)
            .errors();
    if (!headers.isEmpty()) {
      Problems.send(context, Problem.invalid(headers));
      return;
    }
    String length = request.getHeader("Content-Length");
    if (length != null && declaredLength(length) > maxBodySize) {
      refuse(context, 413, "body-too-large", "Content too large", bodyDetail());
      return;
    }
    context.next();
  }

  String bodyDetail() {
    return "the request body is larger than " + maxBodySize + " bytes";
  }

  private static void refuse(
      RoutingContext context, int status, String slug, String title, String detail) {
    context.response().putHeader("Connection", "close");
    Problems.send(context, Problem.of(status, slug, title, detail));
  }

  private static long declaredLength(String header) {
    try {
      return Long.parseLong(header.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
