package io.gigawatt.eventstore.http;

import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.InvalidCommandException;
import java.util.List;
import java.util.OptionalInt;

/**
 * The {@code If-Match} header as an aggregate version: {@code "3"} (quoted or not, weak or not).
 */
public final class IfMatch {
  private IfMatch() {}

  public static OptionalInt parse(String header) {
    if (header == null || header.isBlank() || header.trim().equals("*")) {
      return OptionalInt.empty();
    }
    String tag = header.trim().replaceFirst("^W/", "").replace("\"", "");
    try {
      return OptionalInt.of(Integer.parseInt(tag));
    } catch (NumberFormatException e) {
      throw new InvalidCommandException(
          List.of(new FieldError("If-Match", "must be an aggregate version such as \"3\"")));
    }
  }
}
