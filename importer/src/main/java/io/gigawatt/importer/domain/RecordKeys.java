package io.gigawatt.importer.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A record's identity across exports: its name where the file holds that name once. Epoch gives
 * many anonymized records one name ("Anonymized Chinese System"); such a record is its name, a
 * digest of all its fields and which of identical rows it is, so a changed one is a new record.
 */
public final class RecordKeys {
  private RecordKeys() {}

  public static String duplicateNamed(String name, CsvRow row, int occurrence) {
    return name + " #" + digest(String.join("\u001f", row.fields())) + "-" + occurrence;
  }

  /** The first 16 hex digits of the SHA-256 of a text. */
  public static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A delivery id (at most 100 characters) from the delivery's Idempotency-Key. */
  static String deliveryId(String idempotencyKey) {
    return "epoch-" + digest(idempotencyKey);
  }
}
