package io.gigawatt.bench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A JSON object's members (each with its shape, required or not), no other member allowed, and
 * rules across members (e.g. {@code itLoadMw} not above {@code plannedCapacityMw}). Built fluently:
 * {@code new ObjectShape().required("name", text).optional("program", text)}.
 */
public final class ObjectShape {
  record Member(Shape shape, boolean required) {}

  private final Map<String, Member> members = new LinkedHashMap<>();
  private final List<Function<JsonNode, Verdict>> rules = new ArrayList<>();

  public ObjectShape required(String name, Shape shape) {
    members.put(name, new Member(shape, true));
    return this;
  }

  public ObjectShape optional(String name, Shape shape) {
    members.put(name, new Member(shape, false));
    return this;
  }

  /** A rule over the whole object, judged once every member is valid on its own. */
  public ObjectShape rule(Function<JsonNode, Verdict> rule) {
    rules.add(rule);
    return this;
  }

  public Map<String, Member> members() {
    return members;
  }

  public Verdict judge(JsonNode value) {
    if (!value.isObject()) {
      return Verdict.INVALID;
    }
    for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
      if (!members.containsKey(names.next())) {
        return Verdict.INVALID;
      }
    }
    Verdict verdict = Verdict.VALID;
    for (var member : members.entrySet()) {
      verdict =
          verdict.and(
              member
                  .getValue()
                  .shape()
                  .judge(value.get(member.getKey()), member.getValue().required()));
    }
    if (verdict == Verdict.INVALID) {
      return verdict;
    }
    for (var rule : rules) {
      verdict = verdict.and(rule.apply(value));
    }
    return verdict;
  }
}
