package io.gigawatt.eventstore.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Answers to commands: the aggregate's new version travels in the body and as the ETag. */
public final class CommandResponses {
  private CommandResponses() {}

  public static Response created(String location, Object answer, int version) {
    return Response.created(URI.create(location)).tag(etag(version)).entity(answer).build();
  }

  public static EntityTag etag(int version) {
    return new EntityTag(Integer.toString(version));
  }
}
