package io.gigawatt.devstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one line a forked devstack process prints when it is ready, e.g. {@code GIGAWATT-READY kafka
 * pid=123 bootstrap=127.0.0.1:9092}.
 */
public final class ReadyLine {
  static final String MARKER = "GIGAWATT-READY";

  private ReadyLine() {}

  public static String format(String what, Map<String, ?> values) {
    StringBuilder line = new StringBuilder(MARKER).append(' ').append(what);
    values.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
    return line.toString();
  }

  /** The key=value pairs of a ready line; the first word after the marker is under "what". */
  public static Map<String, String> parse(String line) {
    String[] words = line.trim().split("\\s+");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("what", words.length > 1 ? words[1] : "");
    for (int i = 2; i < words.length; i++) {
      int eq = words[i].indexOf('=');
      if (eq > 0) {
        values.put(words[i].substring(0, eq), words[i].substring(eq + 1));
      }
    }
    return values;
  }

  /** The first ready line written to the log after {@code offset}, if any yet. */
  static Optional<String> find(Path log, long offset) {
    try (RandomAccessFile raf = new RandomAccessFile(log.toFile(), "r")) {
      if (raf.length() <= offset) {
        return Optional.empty();
      }
      byte[] bytes = new byte[(int) Math.min(raf.length() - offset, 8 * 1024 * 1024)];
      raf.seek(offset);
      raf.readFully(bytes);
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith(MARKER + " ")) {
          return Optional.of(line);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
