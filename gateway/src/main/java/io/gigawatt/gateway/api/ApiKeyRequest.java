package io.gigawatt.gateway.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.gigawatt.gateway.domain.Role;
import io.gigawatt.support.validation.FieldError;
import io.gigawatt.support.validation.InvalidCommandException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** The body of {@code POST /api/v1/admin/api-keys}, read and checked field by field. */
record ApiKeyRequest(String name, Role role, OptionalInt rateLimit) {
  static final int MAX_NAME = 100;
  static final int MAX_RATE = 1_000_000;
  private static final Set<String> FIELDS = Set.of("name", "role", "rateLimit");

  static ApiKeyRequest read(JsonNode body) {
    List<FieldError> errors = new ArrayList<>();
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String field = names.next();
      if (!FIELDS.contains(field)) {
        errors.add(new FieldError(field, "is not a known field"));
      }
    }
    String name = name(body.get("name"), errors);
    Role role = role(body.get("role"), errors);
    OptionalInt rateLimit = rateLimit(body.get("rateLimit"), errors);
    if (!errors.isEmpty()) {
      throw new InvalidCommandException(errors);
    }
    return new ApiKeyRequest(name, role, rateLimit);
  }

  private static String name(JsonNode node, List<FieldError> errors) {
    if (node == null || node.isNull()) {
      errors.add(new FieldError("name", "is required"));
      return null;
    }
    String name = node.isTextual() ? node.asText().strip() : "";
    if (name.isEmpty()
        || name.length() > MAX_NAME
        || name.chars().anyMatch(Character::isISOControl)) {
      errors.add(new FieldError("name", "must be 1 to " + MAX_NAME + " printable characters"));
    }
    return name;
  }

  private static Role role(JsonNode node, List<FieldError> errors) {
    if (node == null || node.isNull()) {
      errors.add(new FieldError("role", "is required"));
      return null;
    }
    var role = node.isTextual() ? Role.parse(node.asText()) : java.util.Optional.<Role>empty();
    if (role.isEmpty()) {
      errors.add(new FieldError("role", "must be reader, writer or admin"));
      return null;
    }
    return role.get();
  }

  private static OptionalInt rateLimit(JsonNode node, List<FieldError> errors) {
    if (node == null || node.isNull()) {
      return OptionalInt.empty();
    }
    if (!node.isIntegralNumber()
        || !node.canConvertToLong()
        || node.asLong() < 1
        || node.asLong() > MAX_RATE) {
      errors.add(
          new FieldError(
              "rateLimit", "must be a whole number of requests per second, 1 to " + MAX_RATE));
      return OptionalInt.empty();
    }
    return OptionalInt.of(node.asInt());
  }
}
