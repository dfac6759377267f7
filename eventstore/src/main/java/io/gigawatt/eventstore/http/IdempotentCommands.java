package io.gigawatt.eventstore.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigawatt.support.problem.Problem;
import io.gigawatt.support.problem.ProblemMappers;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.InvalidCommandException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a command at most once per {@code Idempotency-Key}: a retry with the same key and the same
 * request answers the first answer (with {@code Idempotent-Replayed: true}) and appends nothing;
 * the same key with another request answers 422. A command that fails (an exception or a 4xx/5xx
 * answer) stores nothing, so a corrected retry runs. Without the header the command simply runs.
 * The key and the answer are stored in the command's transaction, together with its events.
 */
@ApplicationScoped
public class IdempotentCommands {
  public static final String REPLAYED = StoredAnswer.REPLAYED;
  private static final int MAX_KEY_LENGTH = 255;

  private final IdempotencyKeys keys;
  private final ObjectMapper json;

  IdempotentCommands(IdempotencyKeys keys, ObjectMapper json) {
    this.keys = keys;
    this.json = json;
  }

  /**
   * @param request what identifies the request besides its key: method and path, e.g. {@code POST
   *     /api/v1/sites/42/construction}
   * @param body the parsed request body (its JSON form is fingerprinted with {@code request})
   */
  @Transactional
  public Response run(
      HttpHeaders headers, String request, Object body, Supplier<Response> command) {
    String key = headers.getHeaderString(CommandMetadata.IDEMPOTENCY_KEY);
    if (key == null || key.isBlank()) {
      return command.get();
    }
    if (key.length() > MAX_KEY_LENGTH) {
      throw new InvalidCommandException(
          List.of(
              new FieldError(
                  CommandMetadata.IDEMPOTENCY_KEY,
                  "must be at most " + MAX_KEY_LENGTH + " characters")));
    }
    String fingerprint = Fingerprint.of(json, request, body);
    while (true) {
      if (keys.claim(key, fingerprint)) {
        return runFirst(key, command);
      }
      var earlier = keys.find(key);
      if (earlier.isPresent()) {
        return earlier.get().fingerprint().equals(fingerprint)
            ? earlier.get().answer().replay()
            : reused(key);
      }
    }
  }

  private Response runFirst(String key, Supplier<Response> command) {
    Response answer = command.get();
    if (answer.getStatus() >= 400) {
      keys.release(key);
    } else {
      keys.complete(key, StoredAnswer.of(answer, json));
    }
    return answer;
  }

  private static Response reused(String key) {
    return ProblemMappers.answer(
        Problem.of(
            422,
            "idempotency-key-reused",
            "Idempotency key reused",
            "Idempotency-Key "
                + key
                + " was used for another request; use a new key for a new request"));
  }
}
