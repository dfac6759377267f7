package io.gigawatt.eventstore;

import io.gigawatt.support.problem.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A problem about the aggregate's version (409, 412): RFC 9457 with the extension member {@code
 * currentVersion}, which is also the answer's {@code ETag}.
 */
public record VersionProblem(
    String type, String title, int status, String detail, int currentVersion) {

  static Response answer(int status, String slug, String title, String detail, int current) {
    var type = Problem.of(status, slug, title, detail).type();
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(new VersionProblem(type, title, status, detail, current))
        .header(HttpHeaders.ETAG, "\"" + current + "\"")
        .build();
  }
}
