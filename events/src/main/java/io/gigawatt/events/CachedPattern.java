package io.gigawatt.events;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A JSON Schema {@code pattern} (matched anywhere, as JSON Schema does) that remembers its verdicts
 * on short strings. Events repeat the same dates and country codes: a lookup costs a fifth of a
 * match. Every schema shares one instance per regex, each keeping at most {@link #CAPACITY}
 * verdicts (under 1 MB), so the memory stays bounded.
 */
final class CachedPattern {
  static final int CAPACITY = 8192;
  private static final int LONGEST_CACHED = 32;
  private static final Map<String, CachedPattern> BY_REGEX = new ConcurrentHashMap<>();

  private final Pattern pattern;
  private final Map<String, Boolean> verdicts = new ConcurrentHashMap<>();

  private CachedPattern(String regex) {
    this.pattern = Pattern.compile(regex);
  }

  static CachedPattern of(String regex) {
    return BY_REGEX.computeIfAbsent(regex, CachedPattern::new);
  }

  boolean matches(String text) {
    if (text.length() > LONGEST_CACHED) {
      return pattern.matcher(text).find();
    }
    Boolean verdict = verdicts.get(text);
    if (verdict == null) {
      verdict = pattern.matcher(text).find();
      if (verdicts.size() < CAPACITY) {
        verdicts.put(text, verdict);
      }
    }
    return verdict;
  }

  @Override
  public String toString() {
    return pattern.pattern();
  }
}
