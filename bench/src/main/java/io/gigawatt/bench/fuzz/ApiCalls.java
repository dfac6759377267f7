package io.gigawatt.bench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Plain, well-formed API calls with a role's key, for setting up fixtures and the audit. */
final class ApiCalls {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final RawHttp http;
  private final Map<Role, String> keys;

  ApiCalls(RawHttp http, Map<Role, String> keys) {
    this.http = http;
    this.keys = keys;
  }

  RawAnswer get(String target, Role role, String... extraHeaders) {
    return http.send(RawRequest.of("GET", target, headers(role, extraHeaders), null));
  }

  RawAnswer post(String target, Role role, String json) {
    List<RawRequest.Header> headers = headers(role);
    headers.add(new RawRequest.Header("Content-Type", "application/json"));
    return http.send(RawRequest.of("POST", target, headers, json.getBytes(StandardCharsets.UTF_8)));
  }

  static JsonNode json(RawAnswer answer) {
    try {
      return answer.body().length == 0 ? null : JSON.readTree(answer.body());
    } catch (IOException e) {
      return null;
    }
  }

  /** The answer's JSON, or an exception naming the call when it is not the expected status. */
  static JsonNode expect(RawAnswer answer, int status, String what) {
    if (answer.status() != status) {
      throw new IllegalStateException(
          what
              + ": expected "
              + status
              + ", got "
              + answer.status()
              + " "
              + answer.failure()
              + " "
              + Reproduction.abbreviate(answer.text()));
    }
    return json(answer);
  }

  private List<RawRequest.Header> headers(Role role, String... extra) {
    List<RawRequest.Header> headers = new ArrayList<>();
    if (role != Role.ANONYMOUS) {
      headers.add(new RawRequest.Header("Authorization", "Bearer " + keys.get(role)));
    }
    for (int i = 0; i + 1 < extra.length; i += 2) {
      headers.add(new RawRequest.Header(extra[i], extra[i + 1]));
    }
    return headers;
  }
}
