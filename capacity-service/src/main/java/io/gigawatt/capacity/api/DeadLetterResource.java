package io.gigawatt.capacity.api;

import io.gigawatt.capacity.messaging.DeadLetterReplay;
import io.gigawatt.capacity.persistence.DeadLetterRows;
import io.gigawatt.support.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The projection's dead letters: list them, replay one after a fix. Admin only (gateway). */
@Path("/api/v1/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {
  private static final int MAX_LIMIT = 1000;

  private final DeadLetterRows rows;
  private final DeadLetterReplay replay;

  DeadLetterResource(DeadLetterRows rows, DeadLetterReplay replay) {
    this.rows = rows;
    this.replay = replay;
  }

  /** Newest first. */
  @GET
  public List<DeadLetterRows.Stored> list(@RestQuery Integer limit) {
    new Validator()
        .ifPresent("limit", limit, l -> l >= 1 && l <= MAX_LIMIT, "must be 1.." + MAX_LIMIT)
        .throwIfInvalid();
    return rows.list(limit == null ? 100 : limit);
  }

  @POST
  @Path("/{id}/replay")
  public DeadLetterReplay.Replayed replay(@RestPath long id) {
    return replay.replay(id);
  }
}
