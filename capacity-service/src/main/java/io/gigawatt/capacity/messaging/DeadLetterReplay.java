package io.gigawatt.capacity.messaging;

import io.gigawatt.capacity.persistence.BatchWriter;
import io.gigawatt.capacity.persistence.DeadLetterRows;
import io.gigawatt.support.messaging.PoisonEventException;
import io.gigawatt.support.problem.Problem;
import io.gigawatt.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Re-processes a dead letter with the code running now (after a fix): read again, and applied to
 * the active generation like any batch, at most once. Still unreadable, it stays a dead letter.
 */
@ApplicationScoped
public class DeadLetterReplay {
  private final DeadLetterRows rows;
  private final BatchWriter writer;
  private final Projections projections;

  DeadLetterReplay(DeadLetterRows rows, BatchWriter writer, Projections projections) {
    this.rows = rows;
    this.writer = writer;
    this.projections = projections;
  }

  /**
   * What replaying did.
   *
   * @param applied false when the event had been applied before (nothing changed)
   */
  public record Replayed(long id, boolean applied) {}

  public Replayed replay(long id) {
    var stored =
        rows.find(id)
            .orElseThrow(() -> ProblemException.notFound("dead letter", Long.toString(id)));
    var generation =
        projections
            .active()
            .orElseThrow(
                () ->
                    new ProblemException(
                        Problem.of(503, "view-unavailable", "Capacity view unavailable", "retry")));
    try {
      var event = RecordDecoder.redecode(stored.letter());
      var projected = writer.write(generation, List.of(event), List.of(), List.of());
      rows.markReplayed(id);
      return new Replayed(id, !projected.applied().isEmpty());
    } catch (PoisonEventException e) {
      throw new ProblemException(
          Problem.of(
              422,
              "rule/dead-letter-still-unreadable",
              "Dead letter still unreadable",
              e.getMessage()));
    }
  }
}
