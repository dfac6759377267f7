package io.gigawatt.support.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure a request can meet into {@code application/problem+json}. */
public class ProblemMappers {
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response invalidCommand(InvalidCommandException e) {
    return answer(Problem.invalid(e.errors()));
  }

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    return answer(e.problem());
  }

  @ServerExceptionMapper
  public Response unreadableField(MismatchedInputException e) {
    String field = path(e);
    String message = "has the wrong type or shape";
    if (e instanceof UnrecognizedPropertyException) {
      message = "is not a known field";
    } else if (e instanceof InvalidFormatException f) {
      message = "cannot be read as " + simpleName(f.getTargetType());
    }
    if (field.isEmpty()) {
      return answer(
          Problem.of(400, "unreadable-body", "Unreadable request body", "expected a JSON object"));
    }
    return answer(Problem.invalid(List.of(new FieldError(field, message))));
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonProcessingException e) {
    return answer(
        Problem.of(400, "unreadable-body", "Unreadable request body", e.getOriginalMessage()));
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    var reason = Response.Status.fromStatusCode(status);
    String title = reason == null ? "HTTP " + status : reason.getReasonPhrase();
    return answer(Problem.of(status, "http-" + status, title, e.getMessage()));
  }

  /** Anything else: 500 problem+json with an error id, the stack trace logged under it. */
  @ServerExceptionMapper(priority = Priorities.USER + 1000)
  public Response unexpected(Throwable e) {
    String errorId = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected error %s", errorId);
    return answer(Problem.unexpected(errorId));
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

  private static String simpleName(Class<?> type) {
    return type == null ? "the expected type" : type.getSimpleName();
  }
}
