package io.gigawatt.eventstore.http;

import io.gigawatt.support.consistency.ConsistencyToken;
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

  /**
   * The answer to a command that left {@code streamId} at {@code version}, with the {@link
   * ConsistencyToken} a query can send back to read its own write.
   */
  public static Response withConsistencyToken(Response answer, String streamId, int version) {
    if (version < 1) {
      return answer;
    }
    return Response.fromResponse(answer)
        .header(ConsistencyToken.HEADER, new ConsistencyToken(streamId, version).encode())
        .build();
  }

  public static EntityTag etag(int version) {
    return new EntityTag(Integer.toString(version));
  }
}
