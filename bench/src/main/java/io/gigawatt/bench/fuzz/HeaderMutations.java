package io.gigawatt.bench.fuzz;

import static io.gigawatt.bench.fuzz.Verdict.EITHER;
import static io.gigawatt.bench.fuzz.Verdict.INVALID;
import static io.gigawatt.bench.fuzz.Verdict.VALID;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Bad headers: {@code If-Match}, {@code Idempotency-Key}, {@code X-Correlation-Id}, {@code
 * X-Consistency-Token}, {@code Content-Type}, {@code Accept}, {@code Last-Event-ID}, headers past
 * the size limits, malformed lines and framing, and {@code Authorization}. Each value comes with
 * what the README promises for it on this route (a header a route does not read is ignored).
 */
final class HeaderMutations {
  /** Labels of tokens naming a write that never happened: the view cannot know it never will. */
  static final String FORGED_TOKEN = "X-Consistency-Token forged";

  private final String run;
  private final Map<Role, String> keys;
  private final Fixtures fixtures;
  private final FramingMutations framing = new FramingMutations();

  HeaderMutations(String run, Map<Role, String> keys, Fixtures fixtures) {
    this.run = run;
    this.keys = keys;
    this.fixtures = fixtures;
  }

  /**
   * The Idempotency-Key a valid command of this index carries; {@code run} tells runs apart, so a
   * rerun on the same stack does not replay the last run's answers.
   */
  static String key(String run, int index) {
    return run + "-" + index;
  }

  record Value(String text, Verdict verdict) {}

  void apply(Draft draft, Random random) {
    switch (random.nextInt(12)) {
      case 0 -> ifMatch(draft, random);
      case 1 -> idempotencyKey(draft, random);
      case 2 -> correlationId(draft, random);
      case 3 -> consistencyToken(draft, random);
      case 4 -> contentType(draft, random);
      case 5 -> accept(draft, random);
      case 6 -> set(draft, "Last-Event-ID", pick(random, lastEventIds()), draft.route.stream());
      case 7 -> junk(draft, random);
      case 8 -> framing.sizes(draft, random);
      case 9 -> framing.malformedLine(draft, random);
      case 10 -> framing.framing(draft, random);
      default -> framing.hostAndVersion(draft, random);
    }
  }

  private void ifMatch(Draft draft, Random random) {
    List<Value> values =
        List.of(
            new Value("\"1\"", VALID),
            new Value("\"2\"", VALID),
            new Value("*", VALID),
            new Value("W/\"1\"", VALID),
            new Value("3", VALID),
            new Value("", VALID),
            new Value("\"abc\"", INVALID),
            new Value("\"99999999999\"", INVALID),
            new Value("\"1\", \"2\"", INVALID),
            new Value("\"1.5\"", INVALID),
            new Value("\"0x1\"", INVALID),
            new Value("\"" + "9".repeat(300) + "\"", INVALID),
            new Value("null", INVALID),
            new Value("\"\"", INVALID),
            new Value("\"-1\"", EITHER),
            new Value("\"+1\"", EITHER),
            new Value("\" 1 \"", EITHER),
            new Value("\"١\"", EITHER),
            new Value("W/ \"1\"", EITHER));
    boolean read = draft.route.command() && draft.route.param() != FuzzRoute.Param.NONE;
    set(draft, "If-Match", pick(random, values), read);
  }

  private void idempotencyKey(Draft draft, Random random) {
    String own = key(run, draft.index);
    List<Value> values =
        List.of(
            new Value(own, VALID),
            new Value(key(run, Math.max(0, draft.index - 1 - random.nextInt(20))), VALID),
            new Value(padded(own, 255), VALID),
            new Value(padded(own, 256), INVALID),
            new Value("", VALID),
            new Value("   ", VALID),
            new Value("x".repeat(5_000), INVALID),
            new Value("ключ-" + own, EITHER),
            new Value("a\tb-" + own, EITHER),
            new Value("😀" + own, EITHER));
    set(draft, "Idempotency-Key", pick(random, values), draft.route.command());
  }

  private void correlationId(Draft draft, Random random) {
    List<Value> values =
        List.of(
            new Value("corr-" + draft.index, VALID), new Value("c".repeat(200), VALID),
            new Value("c".repeat(201), INVALID), new Value("c".repeat(10_000), INVALID),
            new Value("корреляция", EITHER), new Value("", VALID));
    set(draft, "X-Correlation-Id", pick(random, values), draft.route.command());
  }

  private void consistencyToken(Draft draft, Random random) {
    String site = fixtures.site(random);
    List<Value> values =
        List.of(
            new Value(token("v1:1:" + site), VALID),
            new Value("!!!", INVALID),
            new Value("v1:1:" + site, INVALID),
            new Value(token("v1:0:" + site), INVALID),
            new Value(token("v1:-1:" + site), INVALID),
            new Value(token("v2:1:" + site), INVALID),
            new Value(token("v1:abc:" + site), INVALID),
            new Value(token("v1:1:"), INVALID),
            new Value(token("v1:99999999999999999999:" + site), INVALID),
            new Value(token("v1:1:" + "x".repeat(129)), INVALID),
            new Value("A".repeat(300), INVALID),
            new Value("", EITHER),
            new Value(Base64.getEncoder().encodeToString(("v1:1:" + site).getBytes()), EITHER));
    boolean read = draft.route.template().startsWith("/api/v1/capacity/regions");
    if (read && random.nextInt(8) == 0) {
      String forged =
          random.nextBoolean()
              ? token("v1:1:" + UUID.nameUUIDFromBytes(("fz" + draft.index).getBytes()))
              : token("v1:1000000:" + site);
      draft.replace("X-Consistency-Token", forged);
      draft.mark(FORGED_TOKEN + " (a write that never happened): " + forged, EITHER);
      return;
    }
    set(draft, "X-Consistency-Token", pick(random, values), read);
  }

  private void contentType(Draft draft, Random random) {
    boolean read = draft.route.body() != null;
    if (random.nextInt(6) == 0) {
      draft.remove("Content-Type");
      draft.mark("no Content-Type", read && draft.body != null ? INVALID : VALID);
      return;
    }
    List<Value> values =
        List.of(
            new Value("application/json; charset=utf-8", VALID),
            new Value("application/json;charset=UTF-8", VALID),
            new Value("text/plain", INVALID),
            new Value("application/x-www-form-urlencoded", INVALID),
            new Value("multipart/form-data; boundary=x", INVALID),
            new Value("application/xml", INVALID),
            new Value("", INVALID),
            new Value("text/json", INVALID),
            new Value("APPLICATION/JSON", EITHER),
            new Value("application/json; charset=iso-8859-1", EITHER),
            new Value("application/*", EITHER),
            new Value("*/*", EITHER),
            new Value("application/json, text/plain", EITHER),
            new Value("application/problem+json", EITHER),
            new Value("application/json-patch+json", EITHER),
            new Value(";;;", EITHER));
    set(draft, "Content-Type", pick(random, values), read);
  }

  private void accept(Draft draft, Random random) {
    String wanted = draft.route.stream() ? "text/event-stream" : "application/json";
    String other = draft.route.stream() ? "application/json" : "text/event-stream";
    List<Value> values =
        List.of(
            new Value(wanted, VALID),
            new Value("*/*", VALID),
            new Value(wanted + ", text/plain;q=0.5", VALID),
            new Value("text/html", INVALID),
            new Value("application/xml", INVALID),
            new Value("image/png", INVALID),
            new Value(other, INVALID),
            new Value("application/problem+json", EITHER),
            new Value("text/*", EITHER),
            new Value(wanted + ";q=0", EITHER),
            new Value(";;", EITHER),
            new Value("", EITHER),
            new Value("x".repeat(8_000), EITHER));
    set(draft, "Accept", pick(random, values), true);
  }

  private static List<Value> lastEventIds() {
    return List.of(
        new Value("1.1.US", EITHER),
        new Value("garbage", EITHER),
        new Value("-1", EITHER),
        new Value("9".repeat(10_000), EITHER),
        new Value("1.99999999999999999999.US", EITHER),
        new Value("..", EITHER),
        new Value("", EITHER));
  }

  private static void junk(Draft draft, Random random) {
    List<String[]> headers =
        List.of(
            new String[] {"X-Actor", "admin"},
            new String[] {"Cookie", "session=x"},
            new String[] {"X-Forwarded-For", "10.0.0.1"},
            new String[] {"Forwarded", "for=1.2.3.4"},
            new String[] {"X-HTTP-Method-Override", "DELETE"},
            new String[] {"Expect", "100-continue"},
            new String[] {"Range", "bytes=0-10"},
            new String[] {"If-None-Match", "*"},
            new String[] {"Accept-Encoding", "gzip, br"},
            new String[] {"Origin", "https://evil.example"});
    String[] header = headers.get(random.nextInt(headers.size()));
    draft.header(header[0], header[1]);
    boolean open = header[0].equals("Origin") || header[0].equals("Expect");
    draft.mark("header " + header[0] + ": " + header[1], open ? EITHER : VALID);
  }

  /** Sets the header; its value's verdict counts only where the route reads it. */
  private static void set(Draft draft, String name, Value value, boolean read) {
    draft.replace(name, value.text());
    draft.mark(name + ": " + Reproduction.abbreviate(value.text()), read ? value.verdict() : VALID);
  }

  private static Value pick(Random random, List<Value> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String token(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String padded(String key, int length) {
    return key + "-" + "k".repeat(length - key.length() - 1);
  }

  /** Authorization: missing, malformed, unknown and near-miss keys, odd spellings of good ones. */
  void authorization(Draft draft, Random random) {
    String key = keys.get(draft.role == Role.ANONYMOUS ? Role.READER : draft.role);
    Role keyRole = draft.role == Role.ANONYMOUS ? Role.READER : draft.role;
    draft.remove("Authorization");
    String last = key.substring(key.length() - 1);
    String changed = key.substring(0, key.length() - 1) + (last.equals("A") ? "B" : "A");
    List<Object[]> values =
        List.of(
            new Object[] {null, Role.ANONYMOUS},
            new Object[] {"Bearer", null},
            new Object[] {"Bearer " + "a".repeat(23), null},
            new Object[] {"Bearer " + "a".repeat(73), null},
            new Object[] {"Basic dXNlcjpwYXNz", null},
            new Object[] {"bearer " + key, keyRole},
            new Object[] {"BEARER   " + key + " ", keyRole},
            new Object[] {"Bearer " + key + "x", null},
            new Object[] {"Bearer " + changed, null},
            new Object[] {"Bearer gw_" + "!".repeat(40), null},
            new Object[] {"Bearer " + key + "==", null},
            new Object[] {"Bearer " + "k".repeat(10_000), null},
            new Object[] {"", null},
            new Object[] {"Bearer\t" + key, null},
            new Object[] {"Token " + key, null});
    Object[] value = values.get(random.nextInt(values.size()));
    if (value[0] != null) {
      draft.header("Authorization", (String) value[0]);
    }
    draft.caller = (Role) value[1];
    String shown = value[0] == null ? "(none)" : ((String) value[0]).replace(key, "<key>");
    draft.mark("Authorization: " + Reproduction.abbreviate(shown), VALID);
    if (value[0] != null && random.nextInt(10) == 0) {
      draft.header("Authorization", "Bearer " + keys.get(Role.ADMIN));
      draft.mark("a second Authorization header with the admin key", EITHER);
    }
  }
}
