package io.gigawatt.bench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks on each answer: never a 5xx; every error an RFC 9457 {@code application/problem+json}
 * whose {@code type}, {@code title} and {@code status} are there (status as the answer's); 2xx only
 * for a valid request; an answer at all, unless the request broke HTTP itself.
 */
final class Judge {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Judge() {}

  /** What is wrong with this answer to this request; empty when nothing. */
  static List<String> violations(FuzzCase c, RawAnswer answer) {
    List<String> wrong = new ArrayList<>();
    if (!answer.answered()) {
      if (!c.httpLevel()) {
        wrong.add("no answer: " + answer.failure());
      }
      return wrong;
    }
    int status = answer.status();
    if (status >= 500) {
      wrong.add("answered " + status);
    }
    if (status < 200 || (status >= 300 && status < 400) || status >= 600) {
      wrong.add("answered " + status + ", neither success nor error");
    }
    if (status >= 400 && !(c.httpLevel() && codecRefusal(answer))) {
      problem(answer, c.request().method().equals("HEAD")).ifPresent(wrong::add);
    }
    if (answer.success() && c.verdict() == Verdict.INVALID) {
      wrong.add("answered " + status + " to an invalid request");
    }
    return wrong;
  }

  /**
   * The HTTP codec's own answer to a request it cannot read: 400, 413, 414 or 431 without a body,
   * sent before any route runs (Vert.x's default invalid-request handler; Quarkus offers no hook).
   */
  static boolean codecRefusal(RawAnswer answer) {
    return List.of(400, 413, 414, 431).contains(answer.status())
        && answer.body().length == 0
        && answer.contentType().isEmpty();
  }

  /** What keeps an error answer from being a problem; empty when it is one. */
  static java.util.Optional<String> problem(RawAnswer answer, boolean head) {
    String type = answer.contentType();
    if (!type.startsWith("application/problem+json")) {
      return java.util.Optional.of(
          "error answer " + answer.status() + " of Content-Type '" + type + "', not a problem");
    }
    if (head) {
      return java.util.Optional.empty();
    }
    JsonNode body;
    try {
      body = JSON.readTree(answer.body());
    } catch (IOException e) {
      return java.util.Optional.of(
          "problem body is not JSON: " + Reproduction.abbreviate(answer.text()));
    }
    if (body == null || !body.isObject()) {
      return java.util.Optional.of("problem body is not a JSON object");
    }
    List<String> missing = new ArrayList<>();
    if (!body.path("type").isTextual()) {
      missing.add("type");
    }
    if (!body.path("title").isTextual()) {
      missing.add("title");
    }
    if (!body.path("status").isInt() || body.path("status").intValue() != answer.status()) {
      missing.add("status " + answer.status());
    }
    if (body.has("detail") && !body.get("detail").isTextual()) {
      missing.add("detail as text");
    }
    return missing.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of("problem without " + String.join(", ", missing));
  }
}
