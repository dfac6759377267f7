package io.gigawatt.bench.chaos;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ledger checked against the answers: every command answered 2xx is in its event store exactly
 * once, on its topic at least once and among the read model's facts exactly once; a command refused
 * (4xx) is nowhere; a command cut off (5xx, no answer) is in its store at most once and listed; the
 * stores hold nothing the load did not send.
 */
public record Audit(
    int commands,
    int accepted,
    int rejected,
    List<Answer> cutOff,
    List<Answer> cutOffStored,
    int storedEvents,
    int topicDuplicates,
    List<String> violations) {

  static Audit of(
      List<Answer> answers,
      List<StoredEvent> stored,
      Map<String, Integer> onTopic,
      Map<String, Integer> inView) {
    Map<String, Answer> byId =
        answers.stream().collect(Collectors.toMap(Answer::correlationId, Function.identity()));
    Map<String, List<StoredEvent>> storedById =
        stored.stream().collect(Collectors.groupingBy(StoredEvent::correlationId));
    List<String> violations = new ArrayList<>();
    List<Answer> cutOffStored = new ArrayList<>();
    for (Answer answer : answers) {
      int times = storedById.getOrDefault(answer.correlationId(), List.of()).size();
      if (answer.accepted() && times != 1) {
        violations.add(describe(answer) + " is in its event store " + times + " times");
      } else if (answer.rejected() && times != 0) {
        violations.add(describe(answer) + " was refused but stored " + times + " times");
      } else if (answer.cutOff() && times > 1) {
        violations.add(describe(answer) + " was cut off and stored " + times + " times");
      } else if (answer.cutOff() && times == 1) {
        cutOffStored.add(answer);
      }
    }
    storedById.keySet().stream()
        .filter(id -> !byId.containsKey(id))
        .forEach(
            id -> violations.add("stored events of a command never sent: " + storedById.get(id)));
    int duplicates = 0;
    for (StoredEvent event : stored) {
      int records = onTopic.getOrDefault(event.eventId(), 0);
      int facts = inView.getOrDefault(event.eventId(), 0);
      duplicates += Math.max(0, records - 1);
      if (records == 0) {
        violations.add(event + " is not on its topic");
      }
      if (facts != 1) {
        violations.add(event + " is " + facts + " times among the read model's facts");
      }
    }
    return new Audit(
        answers.size(),
        (int) answers.stream().filter(Answer::accepted).count(),
        (int) answers.stream().filter(Answer::rejected).count(),
        answers.stream().filter(Answer::cutOff).toList(),
        cutOffStored,
        stored.size(),
        duplicates,
        violations);
  }

  /** Answers by outcome ("201", "503 event-store-unavailable", "ConnectException"), counted. */
  static Map<String, Long> outcomes(List<Answer> answers) {
    Map<String, Long> counts = new HashMap<>();
    answers.forEach(a -> counts.merge(a.outcome(), 1L, Long::sum));
    return counts;
  }

  private static String describe(Answer answer) {
    return answer.kind() + " " + answer.correlationId() + " (" + answer.outcome() + ")";
  }
}
