package io.gigawatt.gateway.proxy;

import io.vertx.core.http.HttpClient;
import java.util.function.Supplier;

/**
 * One pooled HTTP client per thread that calls it (the event loops). A connection then lives on the
 * event loop of the requests it carries: answers need no hop to another thread, and each pool stays
 * small (Vert.x scans a pool for an idle connection on every request).
 */
public final class EventLoopClients {
  private final ThreadLocal<HttpClient> perThread;

  EventLoopClients(Supplier<HttpClient> factory) {
    this.perThread = ThreadLocal.withInitial(factory);
  }

  /** The client of the calling thread. */
  public HttpClient current() {
    return perThread.get();
  }
}
