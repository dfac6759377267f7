package io.gigawatt.contract.api;

import io.gigawatt.contract.domain.AmendContract;
import io.gigawatt.contract.domain.ContractAmendment;
import io.gigawatt.contract.domain.ContractCommand;
import io.gigawatt.contract.domain.ContractDecider;
import io.gigawatt.contract.domain.ContractTermination;
import io.gigawatt.contract.domain.ContractTerms;
import io.gigawatt.contract.domain.DeliverGpus;
import io.gigawatt.contract.domain.GpuDelivery;
import io.gigawatt.contract.domain.GpuRetirement;
import io.gigawatt.contract.domain.RetireGpus;
import io.gigawatt.contract.domain.SignContract;
import io.gigawatt.contract.domain.TerminateContract;
import io.gigawatt.contract.persistence.KnownSites;
import io.gigawatt.eventstore.CommandExecutor;
import io.gigawatt.eventstore.EventStore;
import io.gigawatt.eventstore.PendingAppend;
import io.gigawatt.eventstore.http.CommandMetadata;
import io.gigawatt.eventstore.http.CommandResponses;
import io.gigawatt.eventstore.http.EventTrail;
import io.gigawatt.eventstore.http.IdempotentCommands;
import io.gigawatt.eventstore.http.IfMatch;
import io.gigawatt.support.id.TimeOrderedUuid;
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
import java.util.concurrent.CompletionStage;

@Path(ContractResource.PATH)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ContractResource {
  static final String PATH = "/api/v1/contracts";

  private final CommandExecutor executor;
  private final EventStore store;
  private final IdempotentCommands idempotent;
  private final KnownSites sites;

  ContractResource(
      CommandExecutor executor, EventStore store, IdempotentCommands idempotent, KnownSites sites) {
    this.executor = executor;
    this.store = store;
    this.idempotent = idempotent;
    this.sites = sites;
  }

  @POST
  public CompletionStage<Response> sign(ContractTerms terms, @Context HttpHeaders headers) {
    Validator.requireBody(terms);
    return idempotent.create(
        headers,
        PATH,
        terms,
        ContractDecider.INSTANCE,
        contractId -> new SignContract(contractId, terms),
        (contractId, version) -> new CommandAnswer(contractId, null, version));
  }

  @POST
  @Path("/{contractId}/amendments")
  public Response amend(
      @PathParam("contractId") String contractId,
      ContractAmendment amendment,
      @HeaderParam("If-Match") String ifMatch,
      @Context HttpHeaders headers) {
    Validator.requireBody(amendment);
    return idempotent.run(
        headers,
        "POST " + PATH + "/" + contractId + "/amendments",
        amendment,
        () -> decide(new AmendContract(contractId, amendment), ifMatch, headers),
        ContractResource::ok);
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
        delivery.deliveryId() != null ? delivery.deliveryId() : TimeOrderedUuid.nextString();
    return idempotent.run(
        headers,
        "POST " + PATH + "/" + contractId + "/deliveries",
        delivery,
        () -> {
          var command =
              new DeliverGpus(
                  contractId, delivery.withDeliveryId(deliveryId), sites.find(delivery.siteId()));
          return decide(command, ifMatch, headers);
        },
        append ->
            CommandResponses.created(
                PATH + "/" + contractId + "/events",
                new CommandAnswer(contractId, deliveryId, append.version()),
                append.version()));
  }

  @POST
  @Path("/{contractId}/retirements")
  public Response retire(
      @PathParam("contractId") String contractId,
      GpuRetirement retirement,
      @HeaderParam("If-Match") String ifMatch,
      @Context HttpHeaders headers) {
    Validator.requireBody(retirement);
    return idempotent.run(
        headers,
        "POST " + PATH + "/" + contractId + "/retirements",
        retirement,
        () -> decide(new RetireGpus(contractId, retirement), ifMatch, headers),
        ContractResource::ok);
  }

  @POST
  @Path("/{contractId}/termination")
  public Response terminate(
      @PathParam("contractId") String contractId,
      ContractTermination termination,
      @HeaderParam("If-Match") String ifMatch,
      @Context HttpHeaders headers) {
    Validator.requireBody(termination);
    return idempotent.run(
        headers,
        "POST " + PATH + "/" + contractId + "/termination",
        termination,
        () -> decide(new TerminateContract(contractId, termination), ifMatch, headers),
        ContractResource::ok);
  }

  @GET
  @Path("/{contractId}")
  public Response get(@PathParam("contractId") String contractId) {
    var contract = executor.load("contract", contractId, ContractDecider.INSTANCE);
    return CommandResponses.ok(ContractView.of(contract.state()), contract.version());
  }

  @GET
  @Path("/{contractId}/events")
  public List<EventTrail.Entry> events(@PathParam("contractId") String contractId) {
    return EventTrail.of("contract", contractId, store.load(contractId));
  }

  private PendingAppend decide(ContractCommand command, String ifMatch, HttpHeaders headers) {
    return executor.decide(
        "contract",
        command.contractId(),
        ContractDecider.INSTANCE,
        command,
        IfMatch.parse(ifMatch),
        CommandMetadata.from(headers));
  }

  private static Response ok(PendingAppend append) {
    return CommandResponses.ok(
        new CommandAnswer(append.streamId(), null, append.version()), append.version());
  }
}
