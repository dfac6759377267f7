package io.gigawatt.gateway.api;

import io.gigawatt.gateway.domain.Caller;
import io.vertx.ext.web.RoutingContext;

/** The caller of a request, as authentication found it, kept on the routing context. */
public final class CallerContext {
  private static final String KEY = "gigawatt.caller";

  private CallerContext() {}

  public static void set(RoutingContext context, Caller caller) {
    context.put(KEY, caller);
  }

  public static Caller of(RoutingContext context) {
    Caller caller = context.get(KEY);
    return caller == null ? Caller.ANONYMOUS : caller;
  }
}
