package io.gigawatt.gateway.proxy;

import io.gigawatt.gateway.domain.Route;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.util.TypeLiteral;
import java.util.concurrent.CompletionStage;

/**
 * Relays a Server-Sent-Events stream: the service's answer head goes through the guard (timeout and
 * circuit breaker), then each chunk is written to the client as it arrives, with no buffering and
 * no time limit. When either side closes, the other is closed too. Streams use their own
 * connections, so they never hold the pool of ordinary calls.
 */
public final class StreamHandler implements Handler<RoutingContext> {
  private static final TypeLiteral<CompletionStage<Opened>> OPENED = new TypeLiteral<>() {};
  private static final String EVENT_STREAM = "text/event-stream";

  private final Route route;
  private final ServiceTarget target;

  public StreamHandler(Route route, ServiceTarget target) {
    this.route = route;
    this.target = target;
  }

  /**
   * The request to the service and its answer: a stream, paused until it is piped to the client, or
   * any other answer, read whole ({@code body}).
   */
  record Opened(HttpClientRequest request, HttpClientResponse response, Buffer body) {}

  @Override
  public void handle(RoutingContext context) {
    RequestOptions options = ProxyHandler.requestOptions(context, target, 0);
    Context vertxContext = Vertx.currentContext();
    target
        .guard()
        .run(false, () -> open(options), OPENED)
        .whenComplete(
            (opened, failure) ->
                ProxyHandler.onContext(
                    vertxContext,
                    () -> {
                      if (failure != null) {
                        ProxyHandler.fail(context, target, failure);
                      } else {
                        relay(context, opened);
                      }
                    }));
  }

  private CompletionStage<Opened> open(RequestOptions options) {
    return target
        .streams()
        .request(options)
        .compose(request -> request.send().compose(response -> opened(request, response)))
        .toCompletionStage();
  }

  private static Future<Opened> opened(HttpClientRequest request, HttpClientResponse response) {
    if (isStream(response)) {
      response.pause();
      return Future.succeededFuture(new Opened(request, response, null));
    }
    return response.body().map(body -> new Opened(request, response, body));
  }

  private static boolean isStream(HttpClientResponse response) {
    String type = response.getHeader("Content-Type");
    return response.statusCode() == 200 && type != null && type.startsWith(EVENT_STREAM);
  }

  private void relay(RoutingContext context, Opened opened) {
    HttpClientResponse answer = opened.response();
    HttpServerResponse out = context.response();
    if (!isStream(answer)) {
      ProxyHandler.relay(context, target, answer.statusCode(), answer.headers(), opened.body());
      return;
    }
    if (out.closed()) {
      opened.request().reset();
      return;
    }
    ForwardedHeaders.toClient(answer.headers(), out.headers(), location -> location);
    out.setStatusCode(200)
        .setChunked(true)
        .putHeader("Cache-Control", "no-cache")
        .putHeader("X-Accel-Buffering", "no");
    out.closeHandler(closed -> opened.request().reset());
    out.writeHead();
    answer.pipeTo(out);
  }

  @Override
  public String toString() {
    return "stream " + route + " -> " + target.name();
  }
}
