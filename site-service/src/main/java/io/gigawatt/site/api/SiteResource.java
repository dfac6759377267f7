package io.gigawatt.site.api;

import io.gigawatt.eventstore.CommandExecutor;
import io.gigawatt.eventstore.EventStore;
import io.gigawatt.eventstore.http.CommandResponses;
import io.gigawatt.eventstore.http.EventTrail;
import io.gigawatt.site.domain.CancelSite;
import io.gigawatt.site.domain.Cancellation;
import io.gigawatt.site.domain.CapacityRevision;
import io.gigawatt.site.domain.ConstructionStart;
import io.gigawatt.site.domain.DeEnergization;
import io.gigawatt.site.domain.DeEnergizeSite;
import io.gigawatt.site.domain.DecommissionSite;
import io.gigawatt.site.domain.Decommissioning;
import io.gigawatt.site.domain.EnergizePhase;
import io.gigawatt.site.domain.PhaseEnergization;
import io.gigawatt.site.domain.ReviseCapacity;
import io.gigawatt.site.domain.SiteAnnouncement;
import io.gigawatt.site.domain.SiteDecider;
import io.gigawatt.site.domain.StartConstruction;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** One resource class for every site path: Quarkus REST matches sibling classes by prefix. */
@Path(SiteCommands.SITES)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {
  private final SiteCommands commands;
  private final CommandExecutor executor;
  private final EventStore store;

  SiteResource(SiteCommands commands, CommandExecutor executor, EventStore store) {
    this.commands = commands;
    this.executor = executor;
    this.store = store;
  }

  @POST
  public CompletionStage<Response> announce(
      SiteAnnouncement announcement, @Context HttpHeaders headers) {
    return commands.announce(announcement, headers);
  }

  @POST
  @Path("/{siteId}/construction")
  public Response startConstruction(
      @PathParam("siteId") String siteId,
      ConstructionStart start,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context HttpHeaders headers) {
    var command = new StartConstruction(siteId, start);
    return commands.update("construction", start, command, ifMatch, headers);
  }

  @POST
  @Path("/{siteId}/capacity-revisions")
  public Response reviseCapacity(
      @PathParam("siteId") String siteId,
      CapacityRevision revision,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context HttpHeaders headers) {
    var command = new ReviseCapacity(siteId, revision);
    return commands.update("capacity-revisions", revision, command, ifMatch, headers);
  }

  @POST
  @Path("/{siteId}/energizations")
  public Response energizePhase(
      @PathParam("siteId") String siteId,
      PhaseEnergization energization,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context HttpHeaders headers) {
    var command = new EnergizePhase(siteId, energization);
    return commands.update("energizations", energization, command, ifMatch, headers);
  }

  @POST
  @Path("/{siteId}/cancellation")
  public Response cancel(
      @PathParam("siteId") String siteId,
      Cancellation cancellation,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context HttpHeaders headers) {
    var command = new CancelSite(siteId, cancellation);
    return commands.update("cancellation", cancellation, command, ifMatch, headers);
  }

  @POST
  @Path("/{siteId}/de-energizations")
  public Response deEnergize(
      @PathParam("siteId") String siteId,
      DeEnergization deEnergization,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context HttpHeaders headers) {
    var command = new DeEnergizeSite(siteId, deEnergization);
    return commands.update("de-energizations", deEnergization, command, ifMatch, headers);
  }

  @POST
  @Path("/{siteId}/decommissioning")
  public Response decommission(
      @PathParam("siteId") String siteId,
      Decommissioning decommissioning,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Context HttpHeaders headers) {
    var command = new DecommissionSite(siteId, decommissioning);
    return commands.update("decommissioning", decommissioning, command, ifMatch, headers);
  }

  @GET
  @Path("/{siteId}")
  public Response get(@PathParam("siteId") String siteId) {
    var site = executor.load("site", siteId, SiteDecider.INSTANCE);
    return CommandResponses.ok(site.state(), site.version());
  }

  @GET
  @Path("/{siteId}/events")
  public List<EventTrail.Entry> events(@PathParam("siteId") String siteId) {
    return EventTrail.of("site", siteId, store.load(siteId));
  }
}
