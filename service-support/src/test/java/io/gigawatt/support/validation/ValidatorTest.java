package io.gigawatt.support.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  static final Function<String, String> AT_MOST_THREE =
      s -> s.length() <= 3 ? null : "must be at most 3 characters";

  @Test
  void aCheckThatNamesTheViolationReportsItForTheField() {
    var errors =
        new Validator()
            .required("name", "abcd", AT_MOST_THREE)
            .required("title", null, AT_MOST_THREE)
            .required("program", "abc", AT_MOST_THREE)
            .ifPresent("reason", "abcd", AT_MOST_THREE)
            .ifPresent("phase", null, AT_MOST_THREE)
            .errors();
    assertThat(errors)
        .containsExactly(
            new FieldError("name", "must be at most 3 characters"),
            new FieldError("title", "is required"),
            new FieldError("reason", "must be at most 3 characters"));
  }
}
