package io.gigawatt.importer.domain;

/** A field of a record that cannot be read: the whole record is skipped, naming the column. */
public final class BadRecordException extends RuntimeException {
  private final String column;

  public BadRecordException(String column, String problem) {
    super(column + ": " + problem);
    this.column = column;
  }

  public String column() {
    return column;
  }
}
