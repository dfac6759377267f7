package io.gigawatt.eventstore.testapp;

import io.gigawatt.eventstore.CommandExecutor;
import io.gigawatt.eventstore.EventMetadata;
import io.gigawatt.eventstore.EventStore;
import io.gigawatt.eventstore.PendingAppend;
import io.gigawatt.eventstore.http.CommandMetadata;
import io.gigawatt.eventstore.http.CommandResponses;
import io.gigawatt.eventstore.http.EventTrail;
import io.gigawatt.eventstore.http.IdempotentCommands;
import io.gigawatt.eventstore.http.IfMatch;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** The test application's API, built like the services' resources. */
@Path("/test/sites")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TestSiteResource {
  public record Answer(String siteId, int version) {}

  private final CommandExecutor executor;
  private final EventStore store;
  private final IdempotentCommands idempotent;

  TestSiteResource(CommandExecutor executor, EventStore store, IdempotentCommands idempotent) {
    this.executor = executor;
    this.store = store;
    this.idempotent = idempotent;
  }

  @POST
  public CompletionStage<Response> announce(TestAnnouncement body, @Context HttpHeaders headers) {
    return idempotent.create(
        headers,
        "/test/sites",
        body,
        TestDecider.INSTANCE,
        siteId -> new TestDecider.Announce(siteId, body),
        Answer::new);
  }

  @POST
  @Path("/{siteId}/announcements")
  public Response reannounce(
      @PathParam("siteId") String siteId,
      TestAnnouncement body,
      @HeaderParam("If-Match") String ifMatch,
      @Context HttpHeaders headers) {
    return idempotent.run(
        headers,
        "POST /test/sites/" + siteId + "/announcements",
        body,
        () ->
            executor.decide(
                "site",
                siteId,
                TestDecider.INSTANCE,
                new TestDecider.Announce(siteId, body),
                IfMatch.parse(ifMatch),
                CommandMetadata.from(headers)),
        append -> CommandResponses.ok(new Answer(siteId, append.version()), append.version()));
  }

  /**
   * Commits at {@code expectedVersion} without reading first, without blocking a thread: a writer
   * that may lose a race.
   */
  @POST
  @Path("/{siteId}/raw")
  public CompletionStage<Answer> appendAt(
      @PathParam("siteId") String siteId, @QueryParam("expectedVersion") int expectedVersion) {
    var append =
        new PendingAppend(
            siteId, expectedVersion, List.of(TestEvents.announced(siteId)), EventMetadata.none());
    return store
        .commitAsync(append, null)
        .thenApply(recorded -> new Answer(siteId, append.version()));
  }

  @GET
  @Path("/{siteId}/events")
  public List<EventTrail.Entry> events(@PathParam("siteId") String siteId) {
    return EventTrail.of("site", siteId, store.load(siteId));
  }
}
