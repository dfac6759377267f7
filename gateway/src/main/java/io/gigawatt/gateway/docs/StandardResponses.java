package io.gigawatt.gateway.docs;

import io.gigawatt.gateway.domain.Access;
import io.gigawatt.gateway.domain.Route;
import io.gigawatt.gateway.domain.Routes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes {@code META-INF/openapi.yaml} from the route table: each operation gets the security it
 * needs ({@code x-required-role}), the rate-limit headers on its answers and every error the
 * gateway itself may answer (401, 403, 406, 413, 414, 415, 429, 431, 500, 502, 503, 504), so that
 * the document lists them once and each operation only what is its own.
 */
public class StandardResponses implements OASFilter {
  private static final String PROBLEM = "application/problem+json";
  private static final String RESPONSES = "#/components/responses/";
  private static final String HEADERS = "#/components/headers/";

  /** Status to (component name, description). */
  private static final Map<String, String[]> ERRORS = errors();

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    Components components = openApi.getComponents();
    ERRORS.forEach(
        (status, named) ->
            components.addResponse(
                named[0],
                OASFactory.createAPIResponse().description(named[1]).content(problemContent())));
    for (String name : new String[] {"RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"}) {
      components.addHeader(name, rateLimitHeader(name));
    }
    for (Route route : Routes.ALL) {
      PathItem path = openApi.getPaths().getPathItem(route.openApiPath());
      Operation operation = path == null ? null : operation(path, route.method());
      if (operation != null) {
        complete(operation, route);
      }
    }
  }

  private static void complete(Operation operation, Route route) {
    operation.addExtension("x-required-role", requiredRole(route.access()));
    operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("apiKey"));
    if (route.access() == Access.READ) {
      operation.addSecurityRequirement(OASFactory.createSecurityRequirement());
    }
    operation
        .getResponses()
        .getAPIResponses()
        .forEach(
            (status, response) -> {
              if (status.startsWith("2") && response.getRef() == null) {
                for (String name :
                    new String[] {"RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset"}) {
                  response.addHeader(name, OASFactory.createHeader().ref(HEADERS + name));
                }
              }
            });
    for (String status : statuses(route)) {
      if (!operation.getResponses().hasAPIResponse(status)) {
        operation
            .getResponses()
            .addAPIResponse(
                status, OASFactory.createAPIResponse().ref(RESPONSES + ERRORS.get(status)[0]));
      }
    }
  }

  private static String[] statuses(Route route) {
    var statuses =
        new java.util.ArrayList<String>(
            java.util.List.of("401", "406", "414", "429", "431", "500"));
    if (route.access() != Access.READ) {
      statuses.add("403");
    }
    if (!route.method().equals("GET")) {
      statuses.add("413");
    }
    if (route.jsonBody()) {
      statuses.add("415");
    }
    if (route.service().isPresent()) {
      statuses.addAll(List.of("502", "503", "504"));
    } else {
      statuses.add("503");
    }
    return statuses.stream().sorted().toArray(String[]::new);
  }

  private static String requiredRole(Access access) {
    return access == Access.READ
        ? "none (reader when gigawatt.auth.anonymous-reads=false)"
        : access.role().id();
  }

  private static Operation operation(PathItem path, String method) {
    return path.getOperations().get(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
  }

  private static Content problemContent() {
    MediaType media =
        OASFactory.createMediaType()
            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
    return OASFactory.createContent().addMediaType(PROBLEM, media);
  }

  private static Header rateLimitHeader(String name) {
    String description =
        switch (name) {
          case "RateLimit-Limit" -> "Requests the caller's bucket holds (its burst)";
          case "RateLimit-Remaining" -> "Requests left in the bucket now";
          default -> "Seconds until the bucket is full again";
        };
    return OASFactory.createHeader()
        .description(description)
        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER));
  }

  private static Map<String, String[]> errors() {
    Map<String, String[]> errors = new LinkedHashMap<>();
    errors.put(
        "401",
        new String[] {
          "Unauthorized",
          "No key where one is needed, or a malformed, unknown or revoked key (`WWW-Authenticate: Bearer`)."
        });
    errors.put("403", new String[] {"Forbidden", "The key's role is not enough for this route."});
    errors.put("406", new String[] {"NotAcceptable", "`Accept` excludes what the route answers."});
    errors.put(
        "413",
        new String[] {
          "ContentTooLarge", "The body is over `gigawatt.limits.max-body-size` (1 MiB)."
        });
    errors.put(
        "414",
        new String[] {
          "UriTooLong",
          "The request target is over `gigawatt.limits.max-uri-length` (4096 characters)."
        });
    errors.put("415", new String[] {"UnsupportedMediaType", "The body is not `application/json`."});
    errors.put(
        "429",
        new String[] {
          "TooManyRequests", "Over the rate limit; retry after `Retry-After` seconds."
        });
    errors.put(
        "431",
        new String[] {
          "HeadersTooLarge", "The headers are over `gigawatt.limits.max-header-size` (16 KiB)."
        });
    errors.put(
        "500",
        new String[] {
          "InternalError",
          "An unexpected failure; the problem's `instance` is an error id, `urn:gigawatt:error:<id>` (a service's own 5xx is replaced the same way, keeping the service's error id)."
        });
    errors.put(
        "502", new String[] {"BadGateway", "The service failed to answer; `service` names it."});
    errors.put(
        "503",
        new String[] {
          "ServiceUnavailable",
          "The service (named in `service`) or the key store is unreachable, or its circuit breaker is open; see `Retry-After`."
        });
    errors.put(
        "504",
        new String[] {
          "GatewayTimeout", "The service (named in `service`) did not answer in time."
        });
    return errors;
  }
}
