package io.gigawatt.capacity.persistence;

import java.sql.SQLException;

/** The read model's database failed a statement; the batch is retried from its stored offsets. */
public class ViewStoreException extends RuntimeException {
  public ViewStoreException(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
