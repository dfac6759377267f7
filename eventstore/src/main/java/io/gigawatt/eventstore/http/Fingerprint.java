package io.gigawatt.eventstore.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of the request line and the canonical JSON of the parsed body (object keys sorted), so
 * the same command in another key order or spacing has the same fingerprint.
 */
final class Fingerprint {
  private Fingerprint() {}

  static String of(ObjectMapper json, String request, Object body) {
    var canonical = json.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    try {
      String text =
          request + "\n" + canonical.writeValueAsString(canonical.convertValue(body, Object.class));
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (JsonProcessingException | NoSuchAlgorithmException e) {
      throw new IllegalStateException("cannot fingerprint " + request, e);
    }
  }
}
