package io.gigawatt.contract.api;

import io.gigawatt.contract.domain.ContractDecider;
import io.gigawatt.contract.domain.ContractTerms;
import io.gigawatt.contract.domain.DeliverGpus;
import io.gigawatt.contract.domain.GpuDelivery;
import io.gigawatt.contract.domain.SignContract;
import io.gigawatt.eventstore.CommandExecutor;
import io.gigawatt.eventstore.EventStore;
import io.gigawatt.eventstore.http.CommandMetadata;
import io.gigawatt.eventstore.http.CommandResponses;
import io.gigawatt.eventstore.http.EventTrail;
import io.gigawatt.eventstore.http.IfMatch;
import io.gigawatt.support.validation.Validator;
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
import java.util.UUID;

@Path("/api/v1/contracts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {
  private final CommandExecutor executor;
  private final EventStore store;

  ContractResource(CommandExecutor executor, EventStore store) {
    this.executor = executor;
    this.store = store;
  }

  @POST
  public Response sign(ContractTerms terms, @Context HttpHeaders headers) {
    Validator.requireBody(terms);
    var contractId = UUID.randomUUID().toString();
    var outcome =
        executor.create(
            contractId,
            ContractDecider.INSTANCE,
            new SignContract(contractId, terms),
            CommandMetadata.from(headers));
    return CommandResponses.created(
        "/api/v1/contracts/" + contractId,
        new CommandAnswer(contractId, null, outcome.version()),
        outcome.version());
  }

  @POST
  @Path("/{contractId}/deliveries")
  public Response deliver(
      @PathParam("contractId") String contractId,
      GpuDelivery delivery,
      @HeaderParam("If-Match") String ifMatch,
      @Context HttpHeaders headers) {
    Validator.requireBody(delivery);
    var deliveryId =
        delivery.deliveryId() != null ? delivery.deliveryId() : UUID.randomUUID().toString();
    var outcome =
        executor.update(
            "contract",
            contractId,
            ContractDecider.INSTANCE,
            new DeliverGpus(contractId, delivery.withDeliveryId(deliveryId)),
            IfMatch.parse(ifMatch),
            CommandMetadata.from(headers));
    return CommandResponses.created(
        "/api/v1/contracts/" + contractId + "/events",
        new CommandAnswer(contractId, deliveryId, outcome.version()),
        outcome.version());
  }

  @GET
  @Path("/{contractId}")
  public Response get(@PathParam("contractId") String contractId) {
    var contract = executor.load("contract", contractId, ContractDecider.INSTANCE);
    return Response.ok(contract.state()).tag(CommandResponses.etag(contract.version())).build();
  }

  @GET
  @Path("/{contractId}/events")
  public List<EventTrail.Entry> events(@PathParam("contractId") String contractId) {
    return EventTrail.of("contract", contractId, store.load(contractId));
  }
}
