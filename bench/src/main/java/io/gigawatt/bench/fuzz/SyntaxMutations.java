package io.gigawatt.bench.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Whole-body breakage: malformed JSON (truncated, trailing commas, single quotes, comments, bytes
 * that are not UTF-8), other top-level values, deep nesting, bodies at and over the 1 MiB limit,
 * and valid bodies sent unusually (chunked, pretty-printed, padded).
 */
final class SyntaxMutations {
  static final int MAX_BODY = 1 << 20;
  private static final List<String> NOT_OBJECTS =
      List.of("null", "[]", "42", "\"text\"", "true", "   ", "[{}]", "{}{}");

  void apply(Draft draft, Random random) {
    if (draft.route.body() == null) {
      bodyWhereNone(draft, random);
      return;
    }
    String json = draft.bodyText();
    switch (random.nextInt(20)) {
      case 0 -> {
        int cut = 1 + random.nextInt(Math.max(1, json.length() - 1));
        draft.json(json.substring(0, cut));
        draft.mark("body truncated at " + cut, Verdict.VALID);
      }
      case 1 -> text(draft, json.replaceFirst("}$", ""), "body without its closing brace");
      case 2 -> text(draft, json.replaceFirst("}$", ",}"), "body with a trailing comma");
      case 3 -> text(draft, json.replace('"', '\''), "body in single quotes");
      case 4 -> text(draft, "/* comment */" + json, "body with a comment");
      case 5 -> {
        String tail = List.of(" x", "{}", "]", "}", "\u0000", ",").get(random.nextInt(6));
        text(draft, json + tail, "body with trailing " + Reproduction.abbreviate(tail));
      }
      case 6 -> notUtf8(draft, json, random);
      case 7 -> {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        draft.body = concat(bom, json.getBytes(StandardCharsets.UTF_8));
        draft.mark("body after a UTF-8 byte order mark", Verdict.EITHER);
      }
      case 8 -> {
        draft.body = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_16LE);
        draft.mark("body in UTF-16LE", Verdict.EITHER);
      }
      case 9 -> {
        String value = NOT_OBJECTS.get(random.nextInt(NOT_OBJECTS.size()));
        text(draft, value, "body " + Reproduction.abbreviate(value));
      }
      case 10 -> {
        draft.body = new byte[0];
        draft.mark("empty body", Verdict.VALID);
      }
      case 11 -> nested(draft, json, random);
      case 12 -> padded(draft, json, random);
      case 13 -> {
        draft.body = new byte[2 * MAX_BODY];
        java.util.Arrays.fill(draft.body, (byte) ' ');
        draft.chunked = true;
        draft.mark("chunked body of 2 MiB", Verdict.INVALID);
      }
      case 14 -> text(draft, json.replace(",", ",\n\t  "), "body pretty-printed");
      case 15 -> {
        draft.chunked = true;
        draft.mark("body sent chunked", Verdict.VALID);
      }
      case 16 -> manyMembers(draft, json);
      case 17 -> text(draft, escapeFirstKey(json), "first key written with a \\u escape");
      case 18 -> text(draft, json.replaceFirst("\":\"", "\":\"\t"), "raw tab in a string");
      default -> {
        int declared = Math.max(0, draft.body.length / 2);
        draft.header("Content-Length", Integer.toString(declared));
        draft.mark("Content-Length " + declared + " shorter than the body", Verdict.INVALID);
        draft.httpLevel = true;
      }
    }
  }

  /** A body on a route that takes none (GET, DELETE, an admin action): ignored or refused. */
  void bodyWhereNone(Draft draft, Random random) {
    String body = random.nextBoolean() ? "{\"a\":1}" : "\u0000\u00ff not json";
    draft.json(body);
    if (random.nextBoolean()) {
      draft.header("Content-Type", random.nextBoolean() ? "application/json" : "text/plain");
    }
    draft.mark("body on a route that takes none", Verdict.EITHER);
  }

  private static void text(Draft draft, String body, String label) {
    draft.json(body);
    draft.mark(label, Verdict.VALID);
  }

  private static void notUtf8(Draft draft, String json, Random random) {
    byte[][] bad = {
      {(byte) 0xC3, 0x28},
      {(byte) 0xFF},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xC0, (byte) 0xAF}
    };
    byte[] insert = bad[random.nextInt(bad.length)];
    int at = json.indexOf("https://");
    byte[] before = json.substring(0, Math.max(0, at + 8)).getBytes(StandardCharsets.UTF_8);
    byte[] after = json.substring(Math.max(0, at + 8)).getBytes(StandardCharsets.UTF_8);
    draft.body = concat(concat(before, insert), after);
    draft.mark("bytes that are not UTF-8 in a string", Verdict.VALID);
  }

  private static void nested(Draft draft, String json, Random random) {
    int depth = List.of(999, 1_001, 5_000, 100_000).get(random.nextInt(4));
    boolean arrays = random.nextBoolean();
    String open = arrays ? "[" : "{\"a\":";
    String close = arrays ? "]" : "}";
    String deep = open.repeat(depth) + (arrays ? "" : "1") + close.repeat(depth);
    draft.json(json.replaceFirst("^\\{", "{\"deep\":" + deep + ","));
    draft.mark(
        "member nested " + depth + (arrays ? " arrays" : " objects") + " deep", Verdict.VALID);
  }

  private static void padded(Draft draft, String json, Random random) {
    int size = MAX_BODY + (random.nextBoolean() ? 0 : 1);
    byte[] start = json.getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[size];
    java.util.Arrays.fill(body, (byte) ' ');
    System.arraycopy(start, 0, body, 0, start.length);
    draft.body = body;
    draft.mark(
        "body padded to " + size + " bytes", size > MAX_BODY ? Verdict.INVALID : Verdict.VALID);
  }

  private static void manyMembers(Draft draft, String json) {
    var out = new StringBuilder(json.substring(0, json.length() - 1));
    for (int i = 0; i < 50_000; i++) {
      out.append(",\"m").append(i).append("\":").append(i);
    }
    text(draft, out.append('}').toString(), "50,000 unknown members");
  }

  private static String escapeFirstKey(String json) {
    int at = json.indexOf('"') + 1;
    return json.substring(0, at)
        + String.format("\\u%04x", (int) json.charAt(at))
        + json.substring(at + 1);
  }

  static byte[] concat(byte[] a, byte[] b) {
    var out = new ByteArrayOutputStream(a.length + b.length);
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
