package io.gigawatt.gateway.proxy;

import io.gigawatt.gateway.api.CallerContext;
import io.gigawatt.gateway.api.Problems;
import io.gigawatt.gateway.domain.LocationRewrite;
import io.gigawatt.gateway.domain.Route;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.util.TypeLiteral;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.jboss.logging.Logger;

/**
 * Forwards a request to its service on a pooled keep-alive connection, without blocking a thread,
 * and relays the answer: status, body and the headers of {@link ForwardedHeaders}.
 */
public final class ProxyHandler implements io.vertx.core.Handler<RoutingContext> {
  private static final Logger LOG = Logger.getLogger(ProxyHandler.class);
  private static final TypeLiteral<CompletionStage<Answer>> ANSWER = new TypeLiteral<>() {};

  private final Route route;
  private final ServiceTarget target;
  private final boolean retryable;

  public ProxyHandler(Route route, ServiceTarget target) {
    this.route = route;
    this.target = target;
    this.retryable = route.method().equals("GET");
  }

  /** A service's complete answer. */
  record Answer(int status, MultiMap headers, Buffer body) {}

  @Override
  public void handle(RoutingContext context) {
    RequestOptions options = requestOptions(context, target, target.timeout().toMillis() + 1_000);
    Buffer body = context.body().buffer();
    Context vertxContext = Vertx.currentContext();
    target
        .guard()
        .run(retryable, () -> call(options, body), ANSWER)
        .whenComplete(
            (answer, failure) ->
                onContext(
                    vertxContext,
                    () -> {
                      if (failure != null) {
                        fail(context, target, failure);
                      } else {
                        relay(context, target, answer.status(), answer.headers(), answer.body());
                      }
                    }));
  }

  private CompletionStage<Answer> call(RequestOptions options, Buffer body) {
    return target
        .calls()
        .current()
        .request(options)
        .compose(request -> body == null ? request.send() : request.send(body))
        .compose(
            (HttpClientResponse response) ->
                response
                    .body()
                    .map(content -> new Answer(response.statusCode(), response.headers(), content)))
        .toCompletionStage();
  }

  static RequestOptions requestOptions(
      RoutingContext context, ServiceTarget target, long idleTimeoutMillis) {
    HttpServerRequest in = context.request();
    return new RequestOptions()
        .setMethod(HttpMethod.valueOf(in.method().name()))
        .setURI(target.requestTarget(context.normalizedPath(), in.query()))
        .setHeaders(ForwardedHeaders.toService(in.headers(), CallerContext.of(context)))
        .setIdleTimeout(idleTimeoutMillis);
  }

  /** Writes a service's answer; a 5xx is replaced by a problem with an error id. */
  static void relay(
      RoutingContext context, ServiceTarget target, int status, MultiMap headers, Buffer body) {
    HttpServerResponse out = context.response();
    if (out.ended()) {
      return;
    }
    ForwardedHeaders.toClient(
        headers,
        out.headers(),
        location ->
            LocationRewrite.publicLocation(
                location,
                target.baseUrl(),
                () -> context.request().scheme() + "://" + context.request().authority()));
    if (status >= 500) {
      out.headers().remove("Content-Type");
      ServerErrors.replace(context, target, status, headers.get("Content-Type"), body);
      return;
    }
    out.setStatusCode(status);
    if (body == null || body.length() == 0) {
      out.end();
    } else {
      out.end(body);
    }
  }

  static void fail(RoutingContext context, ServiceTarget target, Throwable failure) {
    var problem = DownstreamFailure.problem(target, failure);
    LOG.warnf(
        "%s %s -> %d: %s (%s)",
        context.request().method(),
        context.normalizedPath(),
        problem.status(),
        problem.detail(),
        DownstreamFailure.unwrap(failure).toString());
    if (problem.status() == 503) {
      context.response().putHeader("Retry-After", "1");
    }
    Problems.send(context, problem, Map.of("service", target.name()));
  }

  static void onContext(Context context, Runnable action) {
    if (context == null || Vertx.currentContext() == context) {
      action.run();
    } else {
      context.runOnContext(ignored -> action.run());
    }
  }

  @Override
  public String toString() {
    return "proxy " + route + " -> " + target.name();
  }
}
