package io.gigawatt.eventstore.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigawatt.events.DomainEvent;
import io.gigawatt.eventstore.CommandExecutor;
import io.gigawatt.eventstore.EventStore;
import io.gigawatt.eventstore.IdempotencyKeyTakenException;
import io.gigawatt.eventstore.IdempotencyRecord;
import io.gigawatt.eventstore.PendingAppend;
import io.gigawatt.eventstore.StoredAnswer;
import io.gigawatt.eventstore.StoredKey;
import io.gigawatt.support.domain.Decider;
import io.gigawatt.support.id.TimeOrderedUuid;
import io.gigawatt.support.problem.Problem;
import io.gigawatt.support.problem.ProblemMappers;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.InvalidCommandException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a command from HTTP: decides it, answers it and commits its events. With an {@code
 * Idempotency-Key} it runs at most once: a retry with the same key and the same request answers the
 * first answer (with {@code Idempotent-Replayed: true}) and appends nothing; the same key with
 * another request answers 422. The key and the answer are committed together with the events, so a
 * command that fails stores nothing and a corrected retry runs. Every answer, replays included,
 * carries the {@code X-Consistency-Token} of the aggregate version it reports.
 */
@ApplicationScoped
public class IdempotentCommands {
  public static final String REPLAYED = StoredAnswer.REPLAYED;
  private static final int MAX_KEY_LENGTH = 255;

  private final IdempotencyConfig config;
  private final CommandExecutor executor;
  private final EventStore store;
  private final ObjectMapper json;

  IdempotentCommands(
      IdempotencyConfig config, CommandExecutor executor, EventStore store, ObjectMapper json) {
    this.config = config;
    this.executor = executor;
    this.store = store;
    this.json = json;
  }

  /**
   * A command on an existing stream, on a worker thread. A retry is answered from its key before
   * the command is decided again: deciding it again against the changed stream could refuse it.
   *
   * @param request what identifies the request besides its key: method and path, e.g. {@code POST
   *     /api/v1/sites/42/construction}
   * @param body the parsed request body (its JSON form is fingerprinted with {@code request})
   * @param decide the command's decision; it throws to refuse the command
   * @param answer the answer once the decided events are committed
   */
  public Response run(
      HttpHeaders headers,
      String request,
      Object body,
      Supplier<PendingAppend> decide,
      Function<PendingAppend, Response> answer) {
    String key = key(headers);
    String fingerprint = key == null ? null : Fingerprint.of(json, request, body);
    while (true) {
      var earlier = key == null ? null : store.findKey(key).orElse(null);
      if (earlier != null) {
        return answerFrom(earlier, key, fingerprint, null);
      }
      var append = decide.get();
      var response =
          CommandResponses.withConsistencyToken(
              answer.apply(append), append.streamId(), append.version());
      try {
        store.commit(append, record(key, fingerprint, response));
        return response;
      } catch (IdempotencyKeyTakenException taken) {
        if (taken.stored().isPresent()) {
          return answerFrom(taken.stored().get(), key, fingerprint, null);
        }
      }
    }
  }

  /**
   * A command that starts a new stream under {@code collection}, without blocking a thread: it
   * reads nothing, so it is decided at once, and a retry learns from the commit that its key is
   * taken. Answers 201 with the new stream's Location and its version as ETag.
   *
   * @param collection the path new streams are created under, e.g. {@code /api/v1/sites}
   * @param command the command, given the new stream's id
   * @param answer the body of the 201, given the new stream's id and version
   */
  public <S, C, E extends DomainEvent> CompletionStage<Response> create(
      HttpHeaders headers,
      String collection,
      Object body,
      Decider<S, C, E> decider,
      Function<String, C> command,
      BiFunction<String, Integer, Object> answer) {
    String key = key(headers);
    String fingerprint = key == null ? null : Fingerprint.of(json, "POST " + collection, body);
    var id = TimeOrderedUuid.nextString();
    var append = executor.decideNew(id, decider, command.apply(id), CommandMetadata.from(headers));
    var response =
        CommandResponses.withConsistencyToken(
            CommandResponses.created(
                collection + "/" + id, answer.apply(id, append.version()), append.version()),
            id,
            append.version());
    return commitNew(append, response, key, fingerprint);
  }

  private CompletionStage<Response> commitNew(
      PendingAppend append, Response response, String key, String fingerprint) {
    return store
        .commitAsync(append, record(key, fingerprint, response))
        .handle(
            (recorded, failure) -> {
              if (failure == null) {
                return CompletableFuture.completedFuture(response);
              }
              var cause = failure instanceof CompletionException ? failure.getCause() : failure;
              if (!(cause instanceof IdempotencyKeyTakenException taken)) {
                return CompletableFuture.<Response>failedFuture(cause);
              }
              return taken
                  .stored()
                  .<CompletionStage<Response>>map(
                      earlier ->
                          CompletableFuture.completedFuture(
                              answerFrom(earlier, key, fingerprint, response.getLocation())))
                  .orElseGet(() -> commitNew(append, response, key, fingerprint));
            })
        .thenCompose(Function.identity());
  }

  private IdempotencyRecord record(String key, String fingerprint, Response response) {
    return key == null
        ? null
        : new IdempotencyRecord(
            key, fingerprint, StoredAnswer.of(response, json), config.retention());
  }

  /**
   * {@code base}: an absolute URI on this request's host, for a replay off the request thread; null
   * on it.
   */
  private static Response answerFrom(StoredKey earlier, String key, String fingerprint, URI base) {
    return earlier.fingerprint().equals(fingerprint) ? earlier.answer().replay(base) : reused(key);
  }

  private static String key(HttpHeaders headers) {
    String key = headers.getHeaderString(CommandMetadata.IDEMPOTENCY_KEY);
    if (key == null || key.isBlank()) {
      return null;
    }
    if (key.length() > MAX_KEY_LENGTH) {
      throw new InvalidCommandException(
          List.of(
              new FieldError(
                  CommandMetadata.IDEMPOTENCY_KEY,
                  "must be at most " + MAX_KEY_LENGTH + " characters")));
    }
    return key;
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
