package io.gigawatt.site.api;

import io.gigawatt.eventstore.CommandExecutor;
import io.gigawatt.eventstore.EventStore;
import io.gigawatt.eventstore.http.CommandMetadata;
import io.gigawatt.eventstore.http.CommandResponses;
import io.gigawatt.eventstore.http.EventTrail;
import io.gigawatt.site.domain.AnnounceSite;
import io.gigawatt.site.domain.SiteAnnouncement;
import io.gigawatt.site.domain.SiteDecider;
import io.gigawatt.support.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/sites")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {
  private final CommandExecutor executor;
  private final EventStore store;

  SiteResource(CommandExecutor executor, EventStore store) {
    this.executor = executor;
    this.store = store;
  }

  @POST
  public Response announce(SiteAnnouncement announcement, @Context HttpHeaders headers) {
    Validator.requireBody(announcement);
    var siteId = UUID.randomUUID().toString();
    var outcome =
        executor.create(
            siteId,
            SiteDecider.INSTANCE,
            new AnnounceSite(siteId, announcement),
            CommandMetadata.from(headers));
    return CommandResponses.created(
        "/api/v1/sites/" + siteId, new CommandAnswer(siteId, outcome.version()), outcome.version());
  }

  @GET
  @Path("/{siteId}")
  public Response get(@PathParam("siteId") String siteId) {
    var site = executor.load("site", siteId, SiteDecider.INSTANCE);
    return Response.ok(site.state()).tag(CommandResponses.etag(site.version())).build();
  }

  @GET
  @Path("/{siteId}/events")
  public List<EventTrail.Entry> events(@PathParam("siteId") String siteId) {
    return EventTrail.of("site", siteId, store.load(siteId));
  }
}
