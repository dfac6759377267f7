package io.gigawatt.bench.fuzz;

import java.util.regex.Pattern;

/**
 * One route of the gateway as the fuzzer sees it: method, path template ({@code {name}} marks a
 * parameter), the role it needs (open reads: {@link Role#ANONYMOUS}), the shape of its JSON body
 * (null: it takes none), whether it answers a stream, and whether the README documents what it
 * answers yet ({@code settled}; false: every answer is left open, e.g. routes still being built).
 */
public record FuzzRoute(
    String method,
    String template,
    Role needs,
    ObjectShape body,
    Param param,
    boolean stream,
    boolean settled) {

  /** What a route's path parameter names. */
  public enum Param {
    NONE,
    SITE,
    CONTRACT,
    REGION,
    PROGRAM,
    DEAD_LETTER,
    API_KEY
  }

  public String label() {
    return method + " " + template;
  }

  public boolean command() {
    return method.equals("POST") && body != null;
  }

  public String path(String value) {
    return template.replaceFirst("\\{[A-Za-z]+}", java.util.regex.Matcher.quoteReplacement(value));
  }

  /** Whether a normalized request path (no query) is this route's. */
  public boolean matches(String path) {
    String pattern = Pattern.quote(template).replaceAll("\\{[A-Za-z]+}", "\\\\E[^/]+\\\\Q");
    return path.matches(pattern + "/?");
  }
}
