package io.gigawatt.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gigawatt.gateway.GatewayConfig;
import io.gigawatt.gateway.domain.Caller;
import io.gigawatt.gateway.domain.KeyFormat;
import io.gigawatt.gateway.domain.Role;
import io.gigawatt.gateway.persistence.ApiKeyStore;
import io.gigawatt.gateway.persistence.StoredKey;
import io.gigawatt.support.id.TimeOrderedUuid;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Issues, verifies and revokes API keys. Secrets are stored as bcrypt hashes only. A key is checked
 * with bcrypt once, then known from memory by its SHA-256, so a request does not pay bcrypt. Once
 * that knowledge is older than {@code gigawatt.auth.key-cache-ttl}, the key is looked up again by
 * id in the background (no bcrypt) while requests go on; concurrent first uses of a key share one
 * check. A revocation takes effect at once on this gateway and within the TTL on other replicas.
 */
@ApplicationScoped
public class ApiKeys {
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(ApiKeys::sha256);

  private final ApiKeyStore store;
  private final Vertx vertx;
  private final int bcryptCost;
  private final long ttlNanos;
  private final Cache<String, Verified> verified =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(10_000).build();
  private final Map<String, Future<Optional<Caller>>> checking = new ConcurrentHashMap<>();

  ApiKeys(ApiKeyStore store, GatewayConfig config, Vertx vertx) {
    this.store = store;
    this.vertx = vertx;
    this.bcryptCost = config.auth().bcryptCost();
    this.ttlNanos = config.auth().keyCacheTtl().toNanos();
  }

  /** A key issued now; {@code key} is the secret, shown to its owner this once. */
  public record IssuedKey(StoredKey stored, String key) {}

  /** A verified key's caller and when the store last confirmed it. */
  private record Verified(Caller caller, long checkedAt, AtomicBoolean rechecking) {
    Verified(Caller caller) {
      this(caller, System.nanoTime(), new AtomicBoolean());
    }
  }

  /** The caller of a key verified before, without blocking; empty when not known yet. */
  public Optional<Caller> cached(String token) {
    String fingerprint = fingerprint(token);
    Verified known = verified.getIfPresent(fingerprint);
    if (known == null) {
      return Optional.empty();
    }
    if (System.nanoTime() - known.checkedAt() > ttlNanos
        && known.rechecking().compareAndSet(false, true)) {
      vertx
          .executeBlocking(() -> store.byId(known.caller().keyId()), false)
          .onSuccess(
              key -> {
                if (key.isPresent() && key.get().active()) {
                  verified.put(fingerprint, new Verified(caller(key.get())));
                } else {
                  verified.invalidate(fingerprint);
                }
              })
          .onFailure(ignored -> known.rechecking().set(false));
    }
    return Optional.of(known.caller());
  }

  /**
   * The caller of an active key, checked against the store on a worker thread (one check per key at
   * a time); empty for an unknown or revoked key.
   */
  public Future<Optional<Caller>> verify(String token) {
    String fingerprint = fingerprint(token);
    Future<Optional<Caller>> running = checking.get(fingerprint);
    if (running != null && !running.isComplete()) {
      return running;
    }
    Future<Optional<Caller>> started =
        vertx.executeBlocking(() -> check(token, fingerprint), false);
    checking.put(fingerprint, started);
    started.onComplete(done -> checking.remove(fingerprint, started));
    return started;
  }

  private Optional<Caller> check(String token, String fingerprint) {
    Optional<Caller> caller =
        store.withPrefix(KeyFormat.prefix(token)).stream()
            .filter(StoredKey::active)
            .filter(key -> BcryptUtil.matches(token, key.keyHash()))
            .findFirst()
            .map(ApiKeys::caller);
    caller.ifPresent(c -> verified.put(fingerprint, new Verified(c)));
    return caller;
  }

  /** Issues a new key (blocking); empty when an active key already has this name. */
  public Optional<IssuedKey> issue(
      String name, Role role, OptionalInt rateLimit, Optional<String> issuedBy) {
    String key = KeyFormat.generate();
    StoredKey stored = stored(key, name, role, rateLimit, issuedBy);
    return store.insert(stored) ? Optional.of(new IssuedKey(stored, key)) : Optional.empty();
  }

  /**
   * Makes sure a configured key exists (blocking). Nothing happens when a key with this secret is
   * stored already, even revoked: a revoked key stays revoked. Returns the name it was stored
   * under, or empty when it existed.
   */
  public Optional<String> ensure(String token, String name) {
    boolean known =
        store.withPrefix(KeyFormat.prefix(token)).stream()
            .anyMatch(key -> BcryptUtil.matches(token, key.keyHash()));
    if (known) {
      return Optional.empty();
    }
    for (String candidate : List.of(name, name + "-" + KeyFormat.prefix(token))) {
      StoredKey stored =
          stored(token, candidate, Role.ADMIN, OptionalInt.empty(), Optional.of("configuration"));
      if (store.insert(stored)) {
        return Optional.of(candidate);
      }
    }
    throw new IllegalStateException("cannot store the configured admin key under " + name);
  }

  public List<StoredKey> list() {
    return store.all();
  }

  /** Revokes a key (blocking); false when there is no such key. */
  public boolean revoke(String id) {
    boolean found = store.revoke(id);
    verified.asMap().values().removeIf(known -> id.equals(known.caller().keyId()));
    return found;
  }

  private StoredKey stored(
      String key, String name, Role role, OptionalInt rateLimit, Optional<String> issuedBy) {
    return new StoredKey(
        TimeOrderedUuid.nextString(),
        name,
        role,
        KeyFormat.prefix(key),
        BcryptUtil.bcryptHash(key, bcryptCost),
        rateLimit,
        Instant.now(),
        issuedBy,
        Optional.empty());
  }

  private static Caller caller(StoredKey key) {
    return new Caller(key.id(), key.name(), key.role(), key.rateLimit());
  }

  private static String fingerprint(String token) {
    byte[] digest = SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(digest);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
