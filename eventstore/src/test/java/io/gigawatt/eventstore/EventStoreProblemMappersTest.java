package io.gigawatt.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.support.problem.Problem;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class EventStoreProblemMappersTest {

  @Test
  void anUnconfirmedCommitIs503AndTellsToRetryWithTheSameKey() {
    var failure =
        new EventStoreUnavailableException(
            "the event store did not confirm the write (connection reset)",
            new SQLException("connection reset"));

    var answer = new EventStoreProblemMappers(null).unavailable(failure);

    assertThat(answer.getStatus()).isEqualTo(503);
    assertThat(answer.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    var problem = (Problem) answer.getEntity();
    assertThat(problem.type()).endsWith("/problems/event-store-unavailable");
    assertThat(problem.detail()).contains("connection reset", "same Idempotency-Key");
  }
}
