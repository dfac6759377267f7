package io.gigawatt.bench.fuzz;

import static io.gigawatt.bench.fuzz.FuzzRoute.Param.API_KEY;
import static io.gigawatt.bench.fuzz.FuzzRoute.Param.CONTRACT;
import static io.gigawatt.bench.fuzz.FuzzRoute.Param.DEAD_LETTER;
import static io.gigawatt.bench.fuzz.FuzzRoute.Param.NONE;
import static io.gigawatt.bench.fuzz.FuzzRoute.Param.PROGRAM;
import static io.gigawatt.bench.fuzz.FuzzRoute.Param.REGION;
import static io.gigawatt.bench.fuzz.FuzzRoute.Param.SITE;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Every route of the gateway (README "The API", "Authentication"; the IT checks this list against
 * the gateway's OpenAPI document). Routes whose answers the README does not settle yet (the
 * sovereignty, timeline and program views) are fuzzed for the form of their answers only.
 */
public final class FuzzRoutes {
  public static final String REBUILD = "POST /api/v1/admin/projections/capacity/rebuild";

  public static final List<FuzzRoute> ALL =
      List.of(
          command("/api/v1/sites", Bodies.ANNOUNCEMENT, NONE),
          query("/api/v1/sites/{siteId}", SITE, true),
          query("/api/v1/sites/{siteId}/events", SITE, true),
          command("/api/v1/sites/{siteId}/construction", Bodies.CONSTRUCTION, SITE),
          command("/api/v1/sites/{siteId}/capacity-revisions", Bodies.REVISION, SITE),
          command("/api/v1/sites/{siteId}/energizations", Bodies.ENERGIZATION, SITE),
          command("/api/v1/sites/{siteId}/de-energizations", Bodies.DE_ENERGIZATION, SITE),
          command("/api/v1/sites/{siteId}/decommissioning", Bodies.DECOMMISSIONING, SITE),
          command("/api/v1/sites/{siteId}/cancellation", Bodies.CANCELLATION, SITE),
          command("/api/v1/contracts", Bodies.CONTRACT, NONE),
          query("/api/v1/contracts/{contractId}", CONTRACT, true),
          query("/api/v1/contracts/{contractId}/events", CONTRACT, true),
          command("/api/v1/contracts/{contractId}/amendments", Bodies.AMENDMENT, CONTRACT),
          command("/api/v1/contracts/{contractId}/deliveries", Bodies.DELIVERY, CONTRACT),
          command("/api/v1/contracts/{contractId}/retirements", Bodies.RETIREMENT, CONTRACT),
          command("/api/v1/contracts/{contractId}/termination", Bodies.TERMINATION, CONTRACT),
          query("/api/v1/capacity/regions", NONE, true),
          query("/api/v1/capacity/regions/{code}", REGION, true),
          query("/api/v1/capacity/regions/{code}/sites", REGION, false),
          query("/api/v1/capacity/regions/{code}/contracts", REGION, false),
          query("/api/v1/capacity/sovereignty", NONE, false),
          query("/api/v1/capacity/timeline", NONE, false),
          new FuzzRoute("GET", "/api/v1/capacity/stream", Role.ANONYMOUS, null, NONE, true, true),
          query("/api/v1/programs", NONE, false),
          query("/api/v1/programs/{name}", PROGRAM, false),
          admin("GET", "/api/v1/admin/projections/capacity", null, NONE),
          admin("POST", "/api/v1/admin/projections/capacity/rebuild", null, NONE),
          admin("GET", "/api/v1/admin/dead-letters", null, NONE),
          admin("POST", "/api/v1/admin/dead-letters/{id}/replay", null, DEAD_LETTER),
          admin("POST", "/api/v1/admin/api-keys", Bodies.API_KEY, NONE),
          admin("GET", "/api/v1/admin/api-keys", null, NONE),
          admin("DELETE", "/api/v1/admin/api-keys/{id}", null, API_KEY));

  private FuzzRoutes() {}

  /** A route at random; a rebuild (it replays every topic) a quarter as often as the others. */
  static FuzzRoute pick(Random random) {
    while (true) {
      FuzzRoute route = ALL.get(random.nextInt(ALL.size()));
      if (!route.label().equals(REBUILD) || random.nextInt(4) == 0) {
        return route;
      }
    }
  }

  /** The route a method and a normalized path reach, if any. */
  static Optional<FuzzRoute> find(String method, String path) {
    return ALL.stream().filter(r -> r.method().equals(method) && r.matches(path)).findFirst();
  }

  /** Whether any route has this path, whatever its method. */
  static boolean anyMethod(String path) {
    return ALL.stream().anyMatch(r -> r.matches(path));
  }

  private static FuzzRoute command(String path, ObjectShape body, FuzzRoute.Param param) {
    return new FuzzRoute("POST", path, Role.WRITER, body, param, false, true);
  }

  private static FuzzRoute query(String path, FuzzRoute.Param param, boolean settled) {
    return new FuzzRoute("GET", path, Role.ANONYMOUS, null, param, false, settled);
  }

  private static FuzzRoute admin(
      String method, String path, ObjectShape body, FuzzRoute.Param param) {
    return new FuzzRoute(method, path, Role.ADMIN, body, param, false, true);
  }
}
