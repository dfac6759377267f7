package io.gigawatt.support.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Collects the field errors of a command, so that one answer names every bad field. Plain Java: a
 * domain package may use it.
 */
public final class Validator {
  private final List<FieldError> errors = new ArrayList<>();

  /** A command needs a JSON body; an empty request is invalid, not a server error. */
  public static void requireBody(Object body) {
    new Validator().require("body", body).throwIfInvalid();
  }

  public Validator require(String field, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      errors.add(new FieldError(field, "is required"));
    }
    return this;
  }

  public Validator check(String field, boolean valid, String message) {
    if (!valid) {
      errors.add(new FieldError(field, message));
    }
    return this;
  }

  /** Checks an optional value: null passes, anything else must satisfy the rule. */
  public <T> Validator ifPresent(String field, T value, Predicate<T> rule, String message) {
    return check(field, value == null || rule.test(value), message);
  }

  /** Checks a required value: null fails as required, anything else must satisfy the rule. */
  public <T> Validator required(String field, T value, Predicate<T> rule, String message) {
    require(field, value);
    return value == null ? this : check(field, rule.test(value), message);
  }

  /**
   * Checks a required value with a check that says what is wrong with it (null: nothing), such as a
   * physical bound of {@code io.gigawatt.events.Bounds}.
   */
  public <T> Validator required(String field, T value, Function<? super T, String> violation) {
    require(field, value);
    return value == null ? this : violation(field, violation.apply(value));
  }

  /** Checks an optional value with a check that says what is wrong with it (null: nothing). */
  public <T> Validator ifPresent(String field, T value, Function<? super T, String> violation) {
    return value == null ? this : violation(field, violation.apply(value));
  }

  public Validator addAll(Collection<FieldError> more) {
    errors.addAll(more);
    return this;
  }

  private Validator violation(String field, String message) {
    return message == null ? this : check(field, false, message);
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  /** Throws {@link InvalidCommandException} when any check failed. */
  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new InvalidCommandException(errors);
    }
  }
}
