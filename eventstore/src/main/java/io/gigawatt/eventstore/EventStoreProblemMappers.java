package io.gigawatt.eventstore;

import static io.gigawatt.support.problem.ProblemMappers.answer;

import io.gigawatt.support.problem.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Write-side failures as problem+json: 409 lost race, 412 stale If-Match, 422 broken rule. */
public class EventStoreProblemMappers {

  @ServerExceptionMapper
  public Response conflict(ConcurrencyConflictException e) {
    return answer(Problem.of(409, "version-conflict", "Version conflict", e.getMessage()));
  }

  @ServerExceptionMapper
  public Response preconditionFailed(VersionMismatchException e) {
    return Response.fromResponse(
            answer(Problem.of(412, "precondition-failed", "Precondition failed", e.getMessage())))
        .header(HttpHeaders.ETAG, "\"" + e.currentVersion() + "\"")
        .build();
  }

  @ServerExceptionMapper
  public Response ruleBroken(DomainRuleException e) {
    return answer(Problem.of(422, "rule/" + e.rule(), "Business rule violated", e.getMessage()));
  }
}
