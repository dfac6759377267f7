package io.gigawatt.gateway.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * API keys: {@code gw_} and 40 random base64url characters (240 bits). The first {@link
 * #PREFIX_LENGTH} characters are stored in clear to find the key's hash; the rest stays secret. A
 * configured key (GIGAWATT_ADMIN_KEY) may be any bearer token of {@value #MIN_LENGTH} to {@value
 * #MAX_LENGTH} characters (bcrypt reads at most 72 bytes).
 */
public final class KeyFormat {
  public static final int PREFIX_LENGTH = 12;
  public static final int MIN_LENGTH = 24;
  public static final int MAX_LENGTH = 72;

  /** RFC 6750 b64token. */
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]+=*");

  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyFormat() {}

  public static String generate() {
    byte[] secret = new byte[30];
    RANDOM.nextBytes(secret);
    return "gw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  public static boolean wellFormed(String token) {
    return token != null
        && token.length() >= MIN_LENGTH
        && token.length() <= MAX_LENGTH
        && TOKEN.matcher(token).matches();
  }

  /** The clear part of a well-formed key, by which the store finds it. */
  public static String prefix(String token) {
    return token.substring(0, PREFIX_LENGTH);
  }
}
