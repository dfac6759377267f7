package io.gigawatt.gateway.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gigawatt.gateway.auth.ApiKeys;
import io.gigawatt.gateway.domain.Caller;
import io.gigawatt.gateway.persistence.StoredKey;
import io.gigawatt.support.problem.Problem;
import io.gigawatt.support.validation.InvalidCommandException;
import io.vertx.core.AsyncResult;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/** {@code POST, GET /api/v1/admin/api-keys} and {@code DELETE /api/v1/admin/api-keys/{id}}. */
@ApplicationScoped
public class ApiKeyEndpoints {
  private static final Logger LOG = Logger.getLogger(ApiKeyEndpoints.class);

  /** One JSON object, nothing after it, no member twice. */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /** The key store (PostgreSQL) cannot be reached: for the key endpoints and key checks alike. */
  static final Problem KEY_STORE_UNAVAILABLE =
      Problem.of(
          503,
          "key-store-unavailable",
          "Service unavailable",
          "the API key store cannot be reached right now");

  private final ApiKeys keys;

  ApiKeyEndpoints(ApiKeys keys) {
    this.keys = keys;
  }

  void issue(RoutingContext context) {
    ApiKeyRequest request;
    try {
      String text = context.body().asString("UTF-8");
      JsonNode body = text == null ? null : JSON.readTree(text);
      if (body == null || !body.isObject()) {
        throw new InvalidJson("expected a JSON object");
      }
      request = ApiKeyRequest.read(body);
    } catch (JsonProcessingException | InvalidJson e) {
      Problems.send(
          context,
          Problem.of(400, "unreadable-body", "Unreadable request body", "expected a JSON object"));
      return;
    } catch (InvalidCommandException e) {
      Problems.send(context, Problem.invalid(e.errors()));
      return;
    }
    Caller admin = CallerContext.of(context);
    blocking(
        context,
        () ->
            keys.issue(
                request.name(),
                request.role(),
                request.rateLimit(),
                Optional.ofNullable(admin.name())),
        issued -> {
          if (issued.isEmpty()) {
            Problems.send(
                context,
                Problem.of(
                    409,
                    "api-key-name-taken",
                    "Name taken",
                    "an active key is already named '" + request.name() + "'"));
            return;
          }
          ObjectNode answer = describe(issued.get().stored());
          answer.put("key", issued.get().key());
          LOG.infof(
              "%s issued the %s key '%s' (%s)",
              admin.name(), request.role().id(), request.name(), issued.get().stored().id());
          send(context, 201, answer);
        });
  }

  void list(RoutingContext context) {
    blocking(
        context,
        keys::list,
        all -> {
          ObjectNode answer = JSON.createObjectNode();
          var array = answer.putArray("keys");
          all.forEach(key -> array.add(describe(key)));
          send(context, 200, answer);
        });
  }

  void revoke(RoutingContext context) {
    String id = context.pathParam("id");
    blocking(
        context,
        () -> keys.revoke(id),
        found -> {
          if (!found) {
            Problems.send(
                context, Problem.of(404, "not-found", "Not found", "no API key with id " + id));
            return;
          }
          LOG.infof("%s revoked the key %s", CallerContext.of(context).name(), id);
          context.response().setStatusCode(204).end();
        });
  }

  private static ObjectNode describe(StoredKey key) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", key.id());
    node.put("name", key.name());
    node.put("role", key.role().id());
    key.rateLimit().ifPresent(limit -> node.put("rateLimit", limit));
    node.put("prefix", key.prefix());
    node.put("createdAt", key.createdAt().toString());
    key.createdBy().ifPresent(by -> node.put("createdBy", by));
    key.revokedAt().ifPresent(at -> node.put("revokedAt", at.toString()));
    return node;
  }

  private static void send(RoutingContext context, int status, ObjectNode body) {
    context
        .response()
        .setStatusCode(status)
        .putHeader("Content-Type", "application/json")
        .putHeader("Cache-Control", "no-store")
        .end(body.toString());
  }

  private static <T> void blocking(RoutingContext context, Callable<T> work, Consumer<T> then) {
    context
        .vertx()
        .executeBlocking(work, false)
        .onComplete(
            (AsyncResult<T> result) -> {
              if (result.succeeded()) {
                then.accept(result.result());
              } else {
                LOG.error("API key store failed", result.cause());
                Problems.send(context, KEY_STORE_UNAVAILABLE);
              }
            });
  }

  private static final class InvalidJson extends Exception {
    InvalidJson(String message) {
      super(message);
    }
  }
}
