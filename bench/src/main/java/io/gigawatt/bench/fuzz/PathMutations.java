package io.gigawatt.bench.fuzz;

import static io.gigawatt.bench.fuzz.Verdict.EITHER;
import static io.gigawatt.bench.fuzz.Verdict.INVALID;
import static io.gigawatt.bench.fuzz.Verdict.VALID;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Bad paths, queries and methods: unknown and odd ids, traversal, long targets, wrong case, query
 * parameters out of range, and methods a route does not take. Where the gateway may normalize a
 * path onto another route, the request is judged by the route it reaches (with that route's role).
 */
final class PathMutations {
  static final int MAX_TARGET = 4096;
  private static final java.util.regex.Pattern URI_CHARACTERS =
      java.util.regex.Pattern.compile("[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]*");
  private static final List<String> IDS =
      List.of(
          "%00",
          "%ff",
          "%zz",
          "%2F",
          "a%20b",
          "😀",
          "<script>",
          "x".repeat(150),
          "x".repeat(3_900),
          "null",
          "-1",
          "0",
          "1e400",
          "'%20OR%20'1'='1",
          "$(reboot)",
          "%E2%80%AE",
          "..%2F..%2Fadmin",
          "%2e%2e",
          ".",
          "a;b=c");
  private static final List<String> ELSEWHERE =
      List.of(
          "/api/v1/nothing",
          "/api/v2/sites",
          "/",
          "/api",
          "/api/v1",
          "/api/v1/admin",
          "/q/health/ready",
          "/q/metrics",
          "/q/openapi",
          "/asyncapi.yaml",
          "/favicon.ico",
          "/api/v1/sites/x/y/z/w",
          "/.env",
          "/api/v1/admin/api-keys/x/y");

  void path(Draft draft, Random random) {
    switch (random.nextInt(9)) {
      case 0, 1 -> id(draft, random);
      case 2 -> {
        String[] traversals = {
          "/api/v1/sites/../contracts",
          "/api/v1/sites/x/../../admin/api-keys",
          "/api/v1/./sites",
          "/api/v1/capacity/regions/%2e%2e/%2e%2e/admin/dead-letters",
          "/api/v1/sites/%2e%2e/%2e%2e/admin/projections/capacity",
          "/api/v1/../../../../etc/passwd",
          "/api/v1/capacity/..%2f..%2fadmin/api-keys"
        };
        reach(draft, traversals[random.nextInt(traversals.length)], "traversal");
      }
      case 3 -> {
        String upper =
            draft.path.replace("/api/v1/", random.nextBoolean() ? "/API/v1/" : "/api/V1/");
        draft.path = upper;
        draft.reached = null;
        draft.mark("path in another case " + upper, INVALID);
      }
      case 4 -> reach(draft, random.nextBoolean() ? draft.path + "/" : "/" + draft.path, "slash");
      case 5 -> {
        int length = random.nextBoolean() ? MAX_TARGET + 1 + random.nextInt(3_000) : 60_000;
        draft.path = draft.path + "/" + "a".repeat(length);
        draft.reached = null;
        draft.mark("target of " + draft.target().length() + " characters", INVALID);
        draft.httpLevel = length > 50_000;
      }
      case 6 -> {
        String path = ELSEWHERE.get(random.nextInt(ELSEWHERE.size()));
        draft.path = path;
        draft.reached = FuzzRoutes.find(draft.method, path).orElse(null);
        boolean api = path.startsWith("/api/") || path.equals("/api");
        draft.mark("path " + path, draft.reached != null || !api ? EITHER : INVALID);
        draft.judgeBody = false;
      }
      case 7 -> {
        String form = List.of("absolute", "fragment", "asterisk").get(random.nextInt(3));
        switch (form) {
          case "absolute" -> draft.path = "http://127.0.0.1:1" + draft.path;
          case "fragment" -> draft.path = draft.path + "#fragment";
          default -> {
            draft.path = "*";
            draft.reached = null;
          }
        }
        draft.mark(form + "-form target", EITHER);
      }
      default -> query(draft, random);
    }
  }

  private static void id(Draft draft, Random random) {
    String id =
        random.nextInt(4) == 0 ? UUID.randomUUID().toString() : IDS.get(random.nextInt(IDS.size()));
    boolean param = draft.route.param() != FuzzRoute.Param.NONE;
    String path = param ? draft.route.path(id) : draft.route.template() + "/" + id;
    boolean open =
        draft.route.param() == FuzzRoute.Param.PROGRAM
            || draft.route.param() == FuzzRoute.Param.DEAD_LETTER
            || !param;
    reach(draft, path, "id " + Reproduction.abbreviate(id));
    draft.httpLevel = !isUri(id);
    if (draft.reached == draft.route && param && !open) {
      draft.mark("no such " + draft.route.param().name().toLowerCase(), INVALID);
    }
  }

  /** Sends {@code path} and judges it by the route the normalized path reaches. */
  private static void reach(Draft draft, String path, String what) {
    draft.path = path;
    String normalized = normalize(path);
    draft.reached = FuzzRoutes.find(draft.method, normalized).orElse(null);
    if (draft.reached != draft.route) {
      draft.judgeBody = false;
    }
    draft.mark(
        what + " " + Reproduction.abbreviate(path), draft.reached == null ? INVALID : EITHER);
  }

  /** Whether text may stand in a request target: RFC 3986 characters, every '%' an escape. */
  static boolean isUri(String text) {
    return URI_CHARACTERS.matcher(text).matches()
        && text.replaceAll("%[0-9A-Fa-f]{2}", "").indexOf('%') < 0;
  }

  /** RFC 3986 dot-segment removal after decoding percent-encoded dots and slashes. */
  static String normalize(String path) {
    String decoded = path.replaceAll("(?i)%2e", ".").replaceAll("(?i)%2f", "/");
    Deque<String> out = new ArrayDeque<>();
    for (String segment : decoded.split("/", -1)) {
      if (segment.equals("..")) {
        out.pollLast();
      } else if (!segment.equals(".") && !segment.isEmpty()) {
        out.addLast(segment);
      }
    }
    return "/" + String.join("/", out) + (decoded.endsWith("/") && !out.isEmpty() ? "/" : "");
  }

  private static void query(Draft draft, Random random) {
    String template = draft.route.template();
    String query;
    Verdict verdict;
    if (template.equals("/api/v1/capacity/regions") && random.nextBoolean()) {
      query =
          List.of("level=bogus", "level=", "level=" + "x".repeat(500), "level=%zz")
              .get(random.nextInt(4));
      verdict = INVALID;
    } else if (template.equals("/api/v1/admin/dead-letters") && random.nextBoolean()) {
      query =
          "limit="
              + List.of("0", "1001", "-1", "abc", "1.5", "99999999999", "1e3", "", "%00")
                  .get(random.nextInt(9));
      verdict = INVALID;
    } else if (template.startsWith("/api/v1/capacity/regions") && random.nextBoolean()) {
      query =
          List.of("asOf=2025-01-01", "knownAt=x", "level=country&level=world", "level=COUNTRY")
              .get(random.nextInt(4));
      verdict = EITHER;
    } else {
      int pick = random.nextInt(5);
      query =
          switch (pick) {
            case 0 -> "foo=bar";
            case 1 -> "%zz=1";
            case 2 -> "q=" + "x".repeat(3_000);
            case 3 -> "q=" + "x".repeat(MAX_TARGET + 10);
            default -> "a=1&a=2&=&&b";
          };
      verdict = pick == 3 ? INVALID : pick == 1 ? EITHER : VALID;
    }
    draft.query = query;
    draft.httpLevel = !isUri(query);
    draft.mark("query " + Reproduction.abbreviate(query), verdict);
  }

  void method(Draft draft, Random random) {
    List<String> methods =
        List.of(
            "PUT", "PATCH", "DELETE", "POST", "GET", "HEAD", "OPTIONS", "TRACE", "CONNECT", "FOO",
            "get", "G\tET");
    String method = methods.get(random.nextInt(methods.size()));
    if (method.equals(draft.method)) {
      method = "PATCH";
    }
    draft.method = method;
    draft.reached = FuzzRoutes.find(method, normalize(draft.path)).orElse(null);
    draft.judgeBody = false;
    boolean open = draft.reached != null || method.equals("HEAD") || method.equals("OPTIONS");
    draft.mark("method " + method, open ? EITHER : INVALID);
    draft.httpLevel = method.contains("\t") || method.equals("CONNECT");
  }
}
