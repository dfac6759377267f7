package io.gigawatt.gateway;

import io.gigawatt.support.problem.Problem;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Routing failures and anything unexpected, as problem+json (the rest is in service-support). */
public class GatewayProblemMappers {
  private static final Logger LOG = Logger.getLogger(GatewayProblemMappers.class);

  @ServerExceptionMapper
  public Response notFound(NotFoundException e, Request request, UriInfo uri) {
    return answer(Problem.of(404, "not-found", "Not found", "no route for " + route(request, uri)));
  }

  @ServerExceptionMapper
  public Response notAllowed(NotAllowedException e, Request request, UriInfo uri) {
    var problem =
        Problem.of(
            405, "method-not-allowed", "Method not allowed", "no route for " + route(request, uri));
    return Response.fromResponse(answer(problem))
        .header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW))
        .build();
  }

  @ServerExceptionMapper
  public Response unexpected(RuntimeException e, Request request, UriInfo uri) {
    LOG.errorf(e, "unexpected failure on %s", route(request, uri));
    return answer(
        Problem.of(500, "internal-error", "Internal error", "the gateway failed unexpectedly"));
  }

  private static String route(Request request, UriInfo uri) {
    return request.getMethod() + " " + uri.getRequestUri().getRawPath();
  }

  private static Response answer(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
