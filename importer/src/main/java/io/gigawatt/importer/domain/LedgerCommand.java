package io.gigawatt.importer.domain;

import java.util.Map;

/**
 * One API command of a record's plan. Where the body names the record's site it holds {@link
 * #SITE_ID}, replaced by the site's id once it exists.
 *
 * @param idempotencyKey derived from the record and the state the command reaches, so that the same
 *     command of a repeated import is the same request
 */
public record LedgerCommand(CommandKind kind, Map<String, Object> body, String idempotencyKey) {
  public static final String SITE_ID = "${siteId}";

  public LedgerCommand {
    body = Map.copyOf(body);
  }
}
