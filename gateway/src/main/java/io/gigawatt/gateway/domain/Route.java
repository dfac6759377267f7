package io.gigawatt.gateway.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One operation of the public API: method, path template ({@code :name} marks a path parameter),
 * the access it needs, and the service it is forwarded to (none: answered by the gateway itself).
 * {@code jsonBody}: the request must carry a JSON body; {@code stream}: the answer is a
 * Server-Sent-Events stream, relayed as it comes.
 */
public record Route(
    String method,
    String path,
    Access access,
    Optional<Downstream> service,
    boolean jsonBody,
    boolean stream) {

  /** A command: POST with a JSON body, needs a writer key. */
  public static Route command(String path, Downstream service) {
    return new Route("POST", path, Access.WRITE, Optional.of(service), true, false);
  }

  /** A query: GET, open or for readers. */
  public static Route query(String path, Downstream service) {
    return new Route("GET", path, Access.READ, Optional.of(service), false, false);
  }

  /** A query answered with Server-Sent Events. */
  public static Route stream(String path, Downstream service) {
    return new Route("GET", path, Access.READ, Optional.of(service), false, true);
  }

  /** An operator's route of a service; a body is optional. */
  public static Route admin(String method, String path, Downstream service) {
    return new Route(method, path, Access.ADMIN, Optional.of(service), false, false);
  }

  /** An operator's route answered by the gateway itself. */
  public static Route gatewayAdmin(String method, String path, boolean jsonBody) {
    return new Route(method, path, Access.ADMIN, Optional.empty(), jsonBody, false);
  }

  /** Whether a request path (without query) is this route's path, whatever the method. */
  public boolean matchesPath(String requestPath) {
    String pattern = Pattern.quote(path).replaceAll(":([A-Za-z]+)", "\\\\E[^/]+\\\\Q");
    return requestPath.matches(pattern + "/?");
  }

  /** The path as OpenAPI writes it: {@code /api/v1/sites/{siteId}}. */
  public String openApiPath() {
    return path.replaceAll(":([A-Za-z]+)", "{$1}");
  }

  @Override
  public String toString() {
    return method + " " + openApiPath();
  }
}
