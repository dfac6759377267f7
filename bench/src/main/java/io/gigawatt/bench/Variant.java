package io.gigawatt.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A configuration of the system under test, without code changes: environment variables of the
 * site-service process (e.g. {@code QUARKUS_DATASOURCE_JDBC_MAX_SIZE=64}), PostgreSQL settings
 * applied with ALTER SYSTEM and a reload (keys prefixed {@code pg.}, e.g. {@code
 * pg.commit_delay=200}), and whether the triggers on {@code event_store} (the relay's NOTIFY) stay
 * enabled ({@code triggers=off} disables them: an experiment, the relay then only polls).
 */
public record Variant(
    String name,
    Map<String, String> siteEnv,
    Map<String, String> postgres,
    boolean eventStoreTriggers) {
  public static final Variant DEFAULT = new Variant("default", Map.of(), Map.of(), true);
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final Pattern ENV = Pattern.compile("[A-Z_][A-Z0-9_]*");
  private static final Pattern SETTING = Pattern.compile("[a-z_]+");

  public Variant {
    siteEnv = Collections.unmodifiableMap(new LinkedHashMap<>(siteEnv));
    postgres = Collections.unmodifiableMap(new LinkedHashMap<>(postgres));
  }

  /** {@code name} or {@code name:KEY=VALUE,pg.setting=VALUE,triggers=off,...}. */
  public static Variant parse(String spec) {
    int colon = spec.indexOf(':');
    String name = colon < 0 ? spec : spec.substring(0, colon);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("Invalid variant name '" + name + "' in " + spec);
    }
    Map<String, String> env = new LinkedHashMap<>();
    Map<String, String> pg = new LinkedHashMap<>();
    boolean triggers = true;
    if (colon >= 0 && colon < spec.length() - 1) {
      for (String pair : spec.substring(colon + 1).split(",")) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("Expected KEY=VALUE, got '" + pair + "' in " + spec);
        }
        String key = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        if (key.equals("triggers") && (value.equals("on") || value.equals("off"))) {
          triggers = value.equals("on");
        } else if (key.startsWith("pg.") && SETTING.matcher(key.substring(3)).matches()) {
          pg.put(key.substring(3), value);
        } else if (ENV.matcher(key).matches()) {
          env.put(key, value);
        } else {
          throw new IllegalArgumentException(
              "'" + key + "' is neither an environment variable nor pg.<setting> in " + spec);
        }
      }
    }
    return new Variant(name, env, pg, triggers);
  }

  /** E.g. {@code QUARKUS_DATASOURCE_JDBC_MAX_SIZE=64, pg.commit_delay=200}, or {@code as built}. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    siteEnv.forEach((k, v) -> text.append(text.isEmpty() ? "" : ", ").append(k + "=" + v));
    postgres.forEach((k, v) -> text.append(text.isEmpty() ? "" : ", ").append("pg." + k + "=" + v));
    if (!eventStoreTriggers) {
      text.append(text.isEmpty() ? "" : ", ").append("event_store triggers disabled");
    }
    return text.isEmpty() ? "as built" : text.toString();
  }
}
