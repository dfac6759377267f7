package io.gigawatt.support.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.InvalidCommandException;
import java.util.Arrays;
import java.util.List;

/**
 * Given/when/then for a {@link Decider}: {@code given(decider, past events).when(command)} and then
 * the events it records, the rule it breaks, or the fields it finds invalid.
 */
public final class DeciderFixture<S, C, E> {
  private final Decider<S, C, E> decider;
  private final S state;

  private DeciderFixture(Decider<S, C, E> decider, S state) {
    this.decider = decider;
    this.state = state;
  }

  @SafeVarargs
  public static <S, C, E> DeciderFixture<S, C, E> given(Decider<S, C, E> decider, E... past) {
    return new DeciderFixture<>(decider, decider.fold(Arrays.asList(past)));
  }

  public Then when(C command) {
    return new Then(command);
  }

  public final class Then {
    private final C command;

    private Then(C command) {
      this.command = command;
    }

    @SafeVarargs
    public final void thenEvents(E... expected) {
      assertThat(decider.decide(state, command))
          .isEqualTo(new Decision.Accepted<>(List.of(expected)));
    }

    public void thenRejected(String rule) {
      assertThat(decider.decide(state, command))
          .isInstanceOfSatisfying(
              Decision.Rejected.class, r -> assertThat(r.rule()).isEqualTo(rule));
    }

    public void thenInvalid(String... fields) {
      var invalid =
          catchThrowableOfType(InvalidCommandException.class, () -> decider.decide(state, command));
      assertThat(invalid).as("expected the command to be invalid").isNotNull();
      assertThat(invalid.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields);
    }
  }
}
