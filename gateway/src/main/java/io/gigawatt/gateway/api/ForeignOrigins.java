package io.gigawatt.gateway.api;

import io.gigawatt.support.problem.Problem;
import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, as a 403 problem, a request whose {@code Origin} Quarkus's CORS filter would refuse with
 * a bare 403: an origin that is neither configured ({@code quarkus.http.cors.origins}, regexes and
 * wildcard included) nor this gateway's own. Runs before that filter; what it lets through, the
 * filter still judges, so it is never stricter.
 */
@ApplicationScoped
public class ForeignOrigins implements Handler<RoutingContext> {
  private final boolean enabled;
  private final Optional<List<String>> origins;
  private final List<Pattern> patterns;

  ForeignOrigins(
      @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
      @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
    this.enabled = enabled;
    this.origins = origins;
    this.patterns = CORSFilter.parseAllowedOriginsRegex(origins);
  }

  @Override
  public void handle(RoutingContext context) {
    String origin = context.request().getHeader("Origin");
    if (origin == null || !enabled || allowed(origin, context.request().absoluteURI())) {
      context.next();
      return;
    }
    Problems.send(
        context,
        Problem.of(
            403,
            "origin-not-allowed",
            "Origin not allowed",
            "requests from the origin " + origin + " are not allowed (CORS)"));
  }

  boolean allowed(String origin, String ownUri) {
    return origins.map(list -> list.contains("*") || list.contains(origin)).orElse(false)
        || CORSFilter.isOriginAllowedByRegex(patterns, origin)
        || sameOrigin(origin, ownUri);
  }

  /** Scheme, host and port alike (default ports filled in); anything unreadable is not. */
  static boolean sameOrigin(String origin, String ownUri) {
    if (ownUri == null) {
      return true;
    }
    if (ownUri.startsWith(origin)
        && (ownUri.length() == origin.length() || ownUri.charAt(origin.length()) == '/')) {
      return true;
    }
    try {
      URI theirs = new URI(origin);
      URI ours = new URI(ownUri);
      return theirs.getScheme() != null
          && theirs.getScheme().equalsIgnoreCase(ours.getScheme())
          && theirs.getHost() != null
          && theirs.getHost().equalsIgnoreCase(ours.getHost())
          && port(theirs) == port(ours);
    } catch (Exception e) {
      return false;
    }
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
