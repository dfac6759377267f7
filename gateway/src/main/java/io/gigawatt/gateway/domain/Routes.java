package io.gigawatt.gateway.domain;

import static io.gigawatt.gateway.domain.Downstream.CAPACITY;
import static io.gigawatt.gateway.domain.Downstream.CONTRACT;
import static io.gigawatt.gateway.domain.Downstream.SITE;
import static io.gigawatt.gateway.domain.Route.admin;
import static io.gigawatt.gateway.domain.Route.command;
import static io.gigawatt.gateway.domain.Route.gatewayAdmin;
import static io.gigawatt.gateway.domain.Route.query;
import static io.gigawatt.gateway.domain.Route.stream;

import java.util.List;

/**
 * Every route of the public API, one line each. A route listed here is forwarded, secured,
 * rate-limited and must be documented in {@code META-INF/openapi.yaml} (a test checks it).
 */
public final class Routes {
  public static final String API_KEYS = "/api/v1/admin/api-keys";

  public static final List<Route> ALL =
      List.of(
          command("/api/v1/sites", SITE),
          query("/api/v1/sites/:siteId", SITE),
          query("/api/v1/sites/:siteId/events", SITE),
          command("/api/v1/sites/:siteId/construction", SITE),
          command("/api/v1/sites/:siteId/capacity-revisions", SITE),
          command("/api/v1/sites/:siteId/energizations", SITE),
          command("/api/v1/sites/:siteId/cancellation", SITE),
          command("/api/v1/sites/:siteId/de-energizations", SITE),
          command("/api/v1/sites/:siteId/decommissioning", SITE),
          command("/api/v1/contracts", CONTRACT),
          query("/api/v1/contracts/:contractId", CONTRACT),
          query("/api/v1/contracts/:contractId/events", CONTRACT),
          command("/api/v1/contracts/:contractId/amendments", CONTRACT),
          command("/api/v1/contracts/:contractId/deliveries", CONTRACT),
          command("/api/v1/contracts/:contractId/retirements", CONTRACT),
          command("/api/v1/contracts/:contractId/termination", CONTRACT),
          query("/api/v1/capacity/regions", CAPACITY),
          query("/api/v1/capacity/regions/:code", CAPACITY),
          query("/api/v1/capacity/regions/:code/sites", CAPACITY),
          query("/api/v1/capacity/regions/:code/contracts", CAPACITY),
          query("/api/v1/capacity/sovereignty", CAPACITY),
          query("/api/v1/capacity/timeline", CAPACITY),
          stream("/api/v1/capacity/stream", CAPACITY),
          query("/api/v1/programs", CAPACITY),
          query("/api/v1/programs/:name", CAPACITY),
          admin("GET", "/api/v1/admin/projections/capacity", CAPACITY),
          admin("POST", "/api/v1/admin/projections/capacity/rebuild", CAPACITY),
          admin("GET", "/api/v1/admin/dead-letters", CAPACITY),
          admin("POST", "/api/v1/admin/dead-letters/:id/replay", CAPACITY),
          gatewayAdmin("POST", API_KEYS, true),
          gatewayAdmin("GET", API_KEYS, false),
          gatewayAdmin("DELETE", API_KEYS + "/:id", false));

  private Routes() {}
}
