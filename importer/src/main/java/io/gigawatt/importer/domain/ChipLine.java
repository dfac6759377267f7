package io.gigawatt.importer.domain;

/** A {@code Chip type} with its {@code Chip quantity}, either may be missing (null). */
public record ChipLine(String type, Long quantity) {
  public static final ChipLine NONE = new ChipLine(null, null);

  public boolean complete() {
    return type != null && quantity != null;
  }
}
