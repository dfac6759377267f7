package io.gigawatt.support.text;

/**
 * Text PostgreSQL can store: anything but U+0000, which neither {@code text} nor {@code jsonb}
 * holds. An id with it names nothing stored; a value with it is refused before it is written.
 */
public final class StorableText {
  private StorableText() {}

  public static boolean storable(String text) {
    return text == null || text.indexOf('\0') < 0;
  }
}
