package io.gigawatt.importer.application;

import io.gigawatt.importer.domain.CommandKind;
import io.gigawatt.importer.domain.LedgerState;
import java.util.Map;

/** The public API as the import uses it (port; the adapter is {@code http.GatewayLedgerApi}). */
public interface LedgerApi {
  /**
   * Sends one command; retries what the stack answers while it settles.
   *
   * @throws CommandRefusedException when the API refuses it for good
   */
  Sent send(
      CommandKind kind,
      String path,
      Map<String, Object> body,
      String idempotencyKey,
      String correlationId);

  /**
   * What the ledger holds of a record, from its site's and contract's audit trails; {@link
   * LedgerState#EMPTY} when the site does not exist (any more). {@code contractId} may be null.
   */
  LedgerState read(String siteId, String contractId);

  /**
   * @param createdId the id a create answered (siteId, contractId), else null
   * @param replayed true when the answer is a replay of an earlier one: nothing was appended
   */
  record Sent(String createdId, boolean replayed) {}
}
