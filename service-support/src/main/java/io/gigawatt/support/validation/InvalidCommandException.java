package io.gigawatt.support.validation;

import java.util.List;

/** A command whose fields are not acceptable; nothing was changed. Answers 400. */
public class InvalidCommandException extends RuntimeException {
  private final List<FieldError> errors;

  public InvalidCommandException(List<FieldError> errors) {
    super("invalid command: " + errors.stream().map(e -> e.field() + " " + e.message()).toList());
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
