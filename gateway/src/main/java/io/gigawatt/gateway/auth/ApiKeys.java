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
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Issues, verifies and revokes API keys. Secrets are stored as bcrypt hashes only; a key verified
 * once is trusted from memory (by its SHA-256) for {@code gigawatt.auth.key-cache-ttl}, so a
 * request does not pay bcrypt. A revocation takes effect at once on this gateway, and on other
 * replicas when their cached entry expires.
 */
@ApplicationScoped
public class ApiKeys {
  private final ApiKeyStore store;
  private final int bcryptCost;
  private final Cache<String, Caller> verified;

  ApiKeys(ApiKeyStore store, GatewayConfig config) {
    this.store = store;
    this.bcryptCost = config.auth().bcryptCost();
    this.verified =
        Caffeine.newBuilder()
            .expireAfterWrite(config.auth().keyCacheTtl())
            .maximumSize(10_000)
            .build();
  }

  /** A key issued now; {@code key} is the secret, shown to its owner this once. */
  public record IssuedKey(StoredKey stored, String key) {}

  /** The caller of a key verified recently, without blocking; empty when not known yet. */
  public Optional<Caller> cached(String token) {
    return Optional.ofNullable(verified.getIfPresent(fingerprint(token)));
  }

  /** The caller of an active key (blocking: reads the store, checks bcrypt); empty otherwise. */
  public Optional<Caller> verify(String token) {
    Optional<Caller> caller =
        store.withPrefix(KeyFormat.prefix(token)).stream()
            .filter(StoredKey::active)
            .filter(key -> BcryptUtil.matches(token, key.keyHash()))
            .findFirst()
            .map(ApiKeys::caller);
    caller.ifPresent(c -> verified.put(fingerprint(token), c));
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
    verified.asMap().values().removeIf(caller -> id.equals(caller.keyId()));
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
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
