package io.gigawatt.gateway;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Objects;

/** Turns a downstream answer into the gateway's answer: status, body and selected headers. */
final class RelayedResponse {
  static final List<String> RESPONSE_HEADERS =
      List.of(
          HttpHeaders.CONTENT_TYPE,
          HttpHeaders.LOCATION,
          HttpHeaders.ETAG,
          "Idempotent-Replayed",
          HttpHeaders.RETRY_AFTER);

  private RelayedResponse() {}

  static Response of(HttpResponse<byte[]> answer, URI downstreamBase, URI inbound) {
    var response = Response.status(answer.statusCode());
    for (String name : RESPONSE_HEADERS) {
      answer
          .headers()
          .firstValue(name)
          .ifPresent(
              value ->
                  response.header(
                      name,
                      name.equals(HttpHeaders.LOCATION)
                          ? publicLocation(value, downstreamBase, inbound)
                          : value));
    }
    byte[] body = answer.body();
    if (body != null && body.length > 0) {
      response.entity(body);
    }
    return response.build();
  }

  /** An absolute Location on the downstream's own host is moved onto the gateway's host. */
  static String publicLocation(String location, URI downstreamBase, URI inbound) {
    URI target = URI.create(location);
    if (!target.isAbsolute()
        || !Objects.equals(target.getScheme(), downstreamBase.getScheme())
        || !Objects.equals(target.getRawAuthority(), downstreamBase.getRawAuthority())) {
      return location;
    }
    String query = target.getRawQuery() == null ? "" : "?" + target.getRawQuery();
    return inbound.getScheme() + "://" + inbound.getRawAuthority() + target.getRawPath() + query;
  }
}
