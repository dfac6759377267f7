package io.gigawatt.capacity.api;

import io.quarkus.scheduler.Scheduled;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.jboss.resteasy.reactive.RestHeader;

/**
 * {@code GET /api/v1/capacity/stream}: server-sent events, one {@code region} event per changed
 * region (at most one per region per 100 ms), each with its figures and an id to resume from.
 */
@Path("/api/v1/capacity/stream")
public class StreamResource {
  private final RegionStream stream;

  StreamResource(RegionStream stream) {
    this.stream = stream;
  }

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  public void stream(
      @Context SseEventSink sink,
      @Context Sse sse,
      @RestHeader("Last-Event-ID") String lastEventId) {
    stream.subscribe(sink, sse, lastEventId);
  }

  @Scheduled(every = "15s", delayed = "15s")
  void keepAlive() {
    stream.keepAlive();
  }
}
