package io.gigawatt.bench.fuzz;

import java.util.Map;

/**
 * Requests and values as text a person can read and replay: printable bytes as they are, others as
 * {@code \xNN}, CRLF kept visible, long runs of one character shortened with their count, and the
 * run's API keys replaced by {@code $ADMIN_KEY}-style placeholders.
 */
public final class Reproduction {
  private static final int RUN = 40;

  private Reproduction() {}

  /** A value shortened for a label: at most 60 characters, long runs counted. */
  public static String abbreviate(String value) {
    String shortened = runs(value, 12);
    return shortened.length() <= 60 ? shortened : shortened.substring(0, 57) + "…";
  }

  /** Text shortened to {@code limit} characters, long runs counted. */
  public static String shorten(String text, int limit) {
    String shortened = runs(text, 12);
    return shortened.length() <= limit ? shortened : shortened.substring(0, limit) + "…";
  }

  /** The request's bytes as a {@code printf '%b'} argument, keys as placeholders. */
  public static String request(byte[] bytes, Map<Role, String> keys, int limit) {
    var out = new StringBuilder();
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c == '\r') {
        out.append("\\r");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\\') {
        out.append("\\\\");
      } else if (c == '\'') {
        out.append("\\x27");
      } else if (c >= 0x20 && c < 0x7F) {
        out.append((char) c);
      } else {
        out.append(String.format("\\x%02x", c));
      }
    }
    String text = out.toString();
    for (var key : keys.entrySet()) {
      if (key.getValue() != null) {
        text = text.replace(key.getValue(), "$" + key.getKey().name() + "_KEY");
      }
    }
    text = runs(text, RUN);
    return text.length() <= limit
        ? text
        : text.substring(0, limit) + "…(" + text.length() + " characters)";
  }

  /** Shortens every run of more than {@code min} equal characters to "x×N". */
  static String runs(String text, int min) {
    var out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int j = i;
      while (j < text.length() && text.charAt(j) == text.charAt(i)) {
        j++;
      }
      if (j - i > min) {
        out.append(text.charAt(i)).append("×").append(j - i);
      } else {
        out.append(text, i, j);
      }
      i = j;
    }
    return out.toString();
  }
}
