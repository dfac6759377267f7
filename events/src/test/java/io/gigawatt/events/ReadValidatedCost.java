package io.gigawatt.events;

import java.util.List;
import java.util.function.Function;

/**
 * What a consumer pays per event to read it validated, measured, not asserted. Compares, in one run
 * on the same events: {@link EventJson#readValidated} (compiled schemas), the full JSON Schema
 * validator followed by a plain read (how readValidated worked before), and a plain read with no
 * validation at all. Run it from the repository root with
 *
 * <pre>
 * mvn -B -o -q -pl events test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp events/target/test-classes:events/target/classes:$(cat events/target/cp.txt) \
 *     io.gigawatt.events.ReadValidatedCost
 * </pre>
 */
public final class ReadValidatedCost {
  private static final int ROUNDS = 5;
  private static final int EVENTS_PER_ROUND = 1_000_000;

  private ReadValidatedCost() {}

  public static void main(String[] args) {
    var samples =
        EventJsonTest.ONE_OF_EACH_TYPE.stream()
            .map(e -> new Sample(EventType.of(e).ceType(), EventJson.write(e)))
            .toList();
    for (int round = 1; round <= ROUNDS; round++) {
      double compiled = microsPerEvent(samples, s -> EventJson.readValidated(s.ceType, s.json));
      double full = microsPerEvent(samples, ReadValidatedCost::fullValidatorThenRead);
      double plain = microsPerEvent(samples, s -> EventJson.read(s.ceType, s.json));
      System.out.printf(
          "round %d: readValidated %.2f µs/event | full schema validator + read %.2f µs/event"
              + " | read without validation %.2f µs/event%n",
          round, compiled, full, plain);
    }
  }

  private static DomainEvent fullValidatorThenRead(Sample sample) {
    var upcasted = Upcasters.upcast(sample.ceType, sample.json);
    if (!EventSchemas.violations(upcasted.type(), upcasted.json()).isEmpty()) {
      throw new MalformedEventException(sample.ceType, "violates its schema");
    }
    return EventJson.read(sample.ceType, sample.json);
  }

  private static double microsPerEvent(List<Sample> samples, Function<Sample, DomainEvent> read) {
    long checksum = 0;
    long start = System.nanoTime();
    for (int i = 0; i < EVENTS_PER_ROUND; i++) {
      checksum += read.apply(samples.get(i % samples.size())).aggregateId().length();
    }
    long elapsed = System.nanoTime() - start;
    if (checksum == 0) {
      throw new IllegalStateException("nothing read");
    }
    return elapsed / 1000.0 / EVENTS_PER_ROUND;
  }

  private record Sample(String ceType, String json) {}
}
