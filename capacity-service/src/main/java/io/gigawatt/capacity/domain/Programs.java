package io.gigawatt.capacity.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Programs (e.g. Stargate) are regions of their own: {@code PROGRAM:<name>}, the name trimmed and
 * lower-cased, so names match whatever their case.
 */
public final class Programs {
  public static final String PREFIX = "PROGRAM:";

  private Programs() {}

  /** The region code of a program name; empty for none. */
  public static Optional<String> code(String program) {
    if (program == null || program.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(PREFIX + program.trim().toLowerCase(Locale.ROOT));
  }

  public static boolean isProgram(String code) {
    return code != null && code.startsWith(PREFIX);
  }
}
