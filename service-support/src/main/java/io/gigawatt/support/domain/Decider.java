package io.gigawatt.support.domain;

import java.util.List;

/**
 * An aggregate as a pair of pure functions: {@code decide} turns a command into events or a
 * rejection, {@code evolve} folds an event into the state.
 *
 * @param <S> state, {@code initialState()} before the first event
 * @param <C> commands
 * @param <E> events
 */
public interface Decider<S, C, E> {

  S initialState();

  Decision<E> decide(S state, C command);

  S evolve(S state, E event);

  default S fold(List<? extends E> events) {
    S state = initialState();
    for (E event : events) {
      state = evolve(state, event);
    }
    return state;
  }
}
