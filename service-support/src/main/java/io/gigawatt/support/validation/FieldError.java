package io.gigawatt.support.validation;

/** One thing wrong with one field of a request, e.g. {@code location.country}: unknown code. */
public record FieldError(String field, String message) {}
