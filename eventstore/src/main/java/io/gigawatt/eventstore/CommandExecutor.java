package io.gigawatt.eventstore;

import io.gigawatt.events.DomainEvent;
import io.gigawatt.support.domain.Decider;
import io.gigawatt.support.domain.Decision;
import io.gigawatt.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.OptionalInt;

/**
 * Decides a command against a stream: load, fold, decide. Nothing is written here; the caller
 * commits the {@link PendingAppend} (see {@code IdempotentCommands}), and the stored events are the
 * outbox: nothing is sent to Kafka here either.
 */
@ApplicationScoped
public class CommandExecutor {
  private final EventStore store;

  CommandExecutor(EventStore store) {
    this.store = store;
  }

  /** A command that starts a new stream: nothing to read, the append races for version 1. */
  public <S, C, E extends DomainEvent> PendingAppend decideNew(
      String streamId, Decider<S, C, E> decider, C command, EventMetadata meta) {
    return decide(streamId, 0, decider.initialState(), decider, command, meta);
  }

  /** A command on an existing stream; {@code ifMatch} is the version the client saw, if any. */
  public <S, C, E extends DomainEvent> PendingAppend decide(
      String what,
      String streamId,
      Decider<S, C, E> decider,
      C command,
      OptionalInt ifMatch,
      EventMetadata meta) {
    Versioned<S> current = load(what, streamId, decider);
    if (ifMatch.isPresent() && ifMatch.getAsInt() != current.version()) {
      throw new VersionMismatchException(streamId, ifMatch.getAsInt(), current.version());
    }
    return decide(streamId, current.version(), current.state(), decider, command, meta);
  }

  /** The current state of a stream; 404 when it does not exist. */
  @SuppressWarnings("unchecked")
  public <S, E extends DomainEvent> Versioned<S> load(
      String what, String streamId, Decider<S, ?, E> decider) {
    List<RecordedEvent> events = store.load(streamId);
    if (events.isEmpty()) {
      throw ProblemException.notFound(what, streamId);
    }
    S state = decider.fold(events.stream().map(e -> (E) e.event()).toList());
    return new Versioned<>(state, events.get(events.size() - 1).version());
  }

  private <S, C, E extends DomainEvent> PendingAppend decide(
      String streamId,
      int version,
      S state,
      Decider<S, C, E> decider,
      C command,
      EventMetadata meta) {
    Decision<E> decision = decider.decide(state, command);
    if (decision instanceof Decision.Rejected<E> rejected) {
      throw new DomainRuleException(rejected.rule(), rejected.message());
    }
    return new PendingAppend(streamId, version, ((Decision.Accepted<E>) decision).events(), meta);
  }
}
