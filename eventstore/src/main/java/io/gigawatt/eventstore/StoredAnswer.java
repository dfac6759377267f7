package io.gigawatt.eventstore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigawatt.support.consistency.ConsistencyToken;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * A command's answer as stored with its idempotency key. {@code location} keeps path and query
 * only, so a retry that reaches another host or replica gets a Location on its own host. {@code
 * consistencyToken} is the answer's {@link ConsistencyToken#HEADER}, null for answers without one.
 */
public record StoredAnswer(
    int status,
    String body,
    String contentType,
    String location,
    String etag,
    String consistencyToken) {
  public static final String REPLAYED = "Idempotent-Replayed";

  public static StoredAnswer of(Response answer, ObjectMapper json) {
    Object entity = answer.getEntity();
    String body =
        entity == null || entity instanceof String ? (String) entity : write(json, entity);
    MediaType type = answer.getMediaType();
    String contentType =
        type != null ? type.toString() : body != null ? MediaType.APPLICATION_JSON : null;
    URI location = answer.getLocation();
    return new StoredAnswer(
        answer.getStatus(),
        body,
        contentType,
        location == null ? null : pathAndQuery(location),
        answer.getHeaderString(HttpHeaders.ETAG),
        answer.getHeaderString(ConsistencyToken.HEADER));
  }

  /**
   * The answer again; its Location resolved against {@code base} when given (off the request's
   * thread the request is not at hand to resolve a relative Location), else against the request.
   */
  public Response replay(URI base) {
    var response = Response.status(status).header(REPLAYED, "true");
    if (body != null) {
      response.entity(body).type(contentType);
    }
    if (location != null) {
      response.location(base == null ? URI.create(location) : base.resolve(location));
    }
    if (etag != null) {
      response.header(HttpHeaders.ETAG, etag);
    }
    if (consistencyToken != null) {
      response.header(ConsistencyToken.HEADER, consistencyToken);
    }
    return response.build();
  }

  private static String pathAndQuery(URI location) {
    return location.getRawPath()
        + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
  }

  private static String write(ObjectMapper json, Object entity) {
    try {
      return json.writeValueAsString(entity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store the answer " + entity, e);
    }
  }
}
