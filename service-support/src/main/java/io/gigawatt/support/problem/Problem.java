package io.gigawatt.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gigawatt.support.validation.FieldError;
import java.util.List;

/**
 * An RFC 9457 problem detail; {@code errors} names each offending field, {@code instance} names an
 * unexpected failure's occurrence ({@code urn:gigawatt:error:<id>}, also in the service's log).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    List<FieldError> errors,
    String instance) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_BASE = "https://gigawatt.io/problems/";

  public static Problem of(int status, String slug, String title, String detail) {
    return new Problem(TYPE_BASE + slug, title, status, detail, List.of(), null);
  }

  public static Problem invalid(List<FieldError> errors) {
    var detail =
        errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b);
    return new Problem(
        TYPE_BASE + "invalid-request", "Invalid request", 400, detail.orElse(null), errors, null);
  }

  /** A failure nobody foresaw: 500, with an error id under which the log has the details. */
  public static Problem unexpected(String errorId) {
    return new Problem(
        TYPE_BASE + "unexpected-error",
        "Unexpected error",
        500,
        "The request failed unexpectedly; quote error id " + errorId + " when reporting it",
        List.of(),
        "urn:gigawatt:error:" + errorId);
  }
}
