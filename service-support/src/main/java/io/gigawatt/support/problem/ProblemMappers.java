package io.gigawatt.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.InvalidCommandException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure a request can meet into {@code application/problem+json}. */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final Problem DATABASE_UNAVAILABLE =
      Problem.of(
          503,
          "database-unavailable",
          "Database unavailable",
          "the service's database does not answer; retry shortly (with the same Idempotency-Key"
              + " for a command)");
  private static final Set<Class<?>> WHOLE_NUMBERS =
      Set.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class);

  @ServerExceptionMapper
  public Response invalidCommand(InvalidCommandException e) {
    return answer(Problem.invalid(e.errors()));
  }

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    return answer(e.problem());
  }

  /** A value of the wrong type or shape, a fraction for a count, an unknown field. */
  @ServerExceptionMapper
  public Response unreadableField(MismatchedInputException e) {
    return unreadable(e);
  }

  /** Any other value that parses as JSON but not into the field, e.g. a number out of range. */
  @ServerExceptionMapper
  public Response unreadableValue(JsonMappingException e) {
    return unreadable(e);
  }

  private static Response unreadable(JsonMappingException e) {
    String field = path(e);
    if (field.isEmpty()) {
      String detail =
          e instanceof MismatchedInputException ? "expected a JSON object" : e.getOriginalMessage();
      return answer(Problem.of(400, "unreadable-body", "Unreadable request body", detail));
    }
    return answer(Problem.invalid(List.of(new FieldError(field, problem(e)))));
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonProcessingException e) {
    return answer(
        Problem.of(400, "unreadable-body", "Unreadable request body", e.getOriginalMessage()));
  }

  /** Quarkus REST hands body-reading failures other than a mismatched input over wrapped. */
  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e) {
    if (e.getCause() instanceof JsonMappingException unreadable) {
      return unreadable(unreadable);
    }
    if (e.getCause() instanceof JsonProcessingException malformed) {
      return malformedJson(malformed);
    }
    int status = e.getResponse().getStatus();
    var reason = Response.Status.fromStatusCode(status);
    String title = reason == null ? "HTTP " + status : reason.getReasonPhrase();
    return answer(Problem.of(status, "http-" + status, title, e.getMessage()));
  }

  /**
   * Anything else: 503 when the database is away, else 500 problem+json with an error id, the stack
   * trace logged under it.
   */
  @ServerExceptionMapper(priority = Priorities.USER + 1000)
  public Response unexpected(Throwable e) {
    if (DatabaseOutage.causedBy(e)) {
      LOG.warnf("Database unavailable: %s", e.getMessage());
      return Response.fromResponse(answer(DATABASE_UNAVAILABLE)).header("Retry-After", 1).build();
    }
    String errorId = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected error %s", errorId);
    return answer(Problem.unexpected(errorId));
  }

  private static String problem(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "is not a known field";
    }
    if (e instanceof InvalidFormatException f) {
      return "cannot be read as " + readableName(f.getTargetType());
    }
    if (e instanceof MismatchedInputException) {
      return "has the wrong type or shape";
    }
    if (e.getCause() instanceof InputCoercionException) {
      return "is a number out of range";
    }
    return "cannot be read: " + e.getOriginalMessage();
  }

  public static Response answer(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String readableName(Class<?> type) {
    if (type == null) {
      return "the expected type";
    }
    if (WHOLE_NUMBERS.contains(type)) {
      return "a whole number";
    }
    return type.getSimpleName();
  }
}
