package io.gigawatt.eventstore.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Answers about an aggregate: its version travels in the body and as the ETag. */
public final class CommandResponses {
  private CommandResponses() {}

  public static Response created(String location, Object answer, int version) {
    return Response.created(URI.create(location)).tag(etag(version)).entity(answer).build();
  }

  /** 200 with the entity at the given aggregate version as its ETag. */
  public static Response ok(Object entity, int version) {
    return Response.ok(entity).tag(etag(version)).build();
  }

  public static EntityTag etag(int version) {
    return new EntityTag(Integer.toString(version));
  }
}
