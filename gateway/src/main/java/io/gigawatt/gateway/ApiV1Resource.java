package io.gigawatt.gateway;

import static io.gigawatt.gateway.Downstream.CAPACITY;
import static io.gigawatt.gateway.Downstream.CONTRACT;
import static io.gigawatt.gateway.Downstream.SITE;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The public API v1: each endpoint is forwarded unchanged to the service that owns it. */
@Path("/api/v1")
public class ApiV1Resource {
  private final ServiceProxy proxy;
  @Context UriInfo uri;
  @Context HttpHeaders headers;
  @Context Request request;

  ApiV1Resource(ServiceProxy proxy) {
    this.proxy = proxy;
  }

  @POST
  @Path("sites")
  public Response announceSite(byte[] body) {
    return forward(SITE, body);
  }

  @GET
  @Path("sites/{siteId}")
  public Response site() {
    return forward(SITE, null);
  }

  @POST
  @Path("sites/{siteId}/construction")
  public Response startConstruction(byte[] body) {
    return forward(SITE, body);
  }

  @POST
  @Path("sites/{siteId}/capacity-revisions")
  public Response reviseCapacity(byte[] body) {
    return forward(SITE, body);
  }

  @POST
  @Path("sites/{siteId}/energizations")
  public Response energizePhase(byte[] body) {
    return forward(SITE, body);
  }

  @POST
  @Path("sites/{siteId}/cancellation")
  public Response cancelSite(byte[] body) {
    return forward(SITE, body);
  }

  @GET
  @Path("sites/{siteId}/events")
  public Response siteEvents() {
    return forward(SITE, null);
  }

  @POST
  @Path("contracts")
  public Response signContract(byte[] body) {
    return forward(CONTRACT, body);
  }

  @GET
  @Path("contracts/{contractId}")
  public Response contract() {
    return forward(CONTRACT, null);
  }

  @GET
  @Path("contracts/{contractId}/events")
  public Response contractEvents() {
    return forward(CONTRACT, null);
  }

  @POST
  @Path("contracts/{contractId}/amendments")
  public Response amendContract(byte[] body) {
    return forward(CONTRACT, body);
  }

  @POST
  @Path("contracts/{contractId}/termination")
  public Response terminateContract(byte[] body) {
    return forward(CONTRACT, body);
  }

  @POST
  @Path("contracts/{contractId}/deliveries")
  public Response recordDelivery(byte[] body) {
    return forward(CONTRACT, body);
  }

  /** Query parameters (level, asOf, knownAt) travel in the forwarded query string. */
  @GET
  @Path("capacity/regions")
  public Response regions() {
    return forward(CAPACITY, null);
  }

  @GET
  @Path("capacity/regions/{code}")
  public Response region() {
    return forward(CAPACITY, null);
  }

  private Response forward(Downstream target, byte[] body) {
    return proxy.forward(target, request.getMethod(), uri.getRequestUri(), headers, body);
  }
}
