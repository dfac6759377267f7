package io.gigawatt.eventstore;

import static io.gigawatt.support.problem.ProblemMappers.answer;

import io.gigawatt.support.problem.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Write-side failures as problem+json: 409 lost race, 412 stale If-Match, 422 broken rule, 503 no
 * confirmed commit.
 */
public class EventStoreProblemMappers {
  private final EventStore store;

  EventStoreProblemMappers(EventStore store) {
    this.store = store;
  }

  @ServerExceptionMapper
  public Response conflict(ConcurrencyConflictException e) {
    int current = e.currentVersion().orElseGet(() -> store.currentVersion(e.streamId()));
    return VersionProblem.answer(
        409,
        "version-conflict",
        "Version conflict",
        "stream " + e.streamId() + " is at version " + current + ", not " + e.expectedVersion(),
        current);
  }

  @ServerExceptionMapper
  public Response preconditionFailed(VersionMismatchException e) {
    return VersionProblem.answer(
        412, "precondition-failed", "Precondition failed", e.getMessage(), e.currentVersion());
  }

  @ServerExceptionMapper
  public Response unavailable(EventStoreUnavailableException e) {
    return answer(
        Problem.of(
            503,
            "event-store-unavailable",
            "Event store unavailable",
            e.getMessage()
                + "; the command may or may not be stored: retry with the same Idempotency-Key"));
  }

  @ServerExceptionMapper
  public Response ruleBroken(DomainRuleException e) {
    return answer(Problem.of(422, "rule/" + e.rule(), "Business rule violated", e.getMessage()));
  }
}
