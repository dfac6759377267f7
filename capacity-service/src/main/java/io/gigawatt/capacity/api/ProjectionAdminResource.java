package io.gigawatt.capacity.api;

import io.gigawatt.capacity.application.ProjectionProgress;
import io.gigawatt.capacity.application.ViewGeneration;
import io.gigawatt.capacity.messaging.Projections;
import io.gigawatt.capacity.persistence.Generations;
import io.gigawatt.support.problem.Problem;
import io.gigawatt.support.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The capacity projection's state and its rebuild without downtime: {@code POST …/rebuild} replays
 * every topic into a new generation while the active one serves; readers switch once it has caught
 * up. Admin only (gateway).
 */
@Path("/api/v1/admin/projections/capacity")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectionAdminResource {
  private final Projections projections;
  private final Generations generations;

  ProjectionAdminResource(Projections projections, Generations generations) {
    this.projections = projections;
    this.generations = generations;
  }

  /** Every generation, and the progress of those this replica feeds. */
  public record Status(
      Integer activeGeneration,
      int modelVersion,
      List<ViewGeneration> generations,
      List<ProjectionProgress.Snapshot> progress) {}

  @GET
  public Status status() {
    return new Status(
        projections.active().map(ViewGeneration::id).orElse(null),
        Generations.modelVersion(),
        generations.all(),
        projections.progress());
  }

  @POST
  @Path("/rebuild")
  public Response rebuild() {
    if (projections.rebuild().isEmpty()) {
      throw new ProblemException(
          Problem.of(
              409,
              "rebuild-running",
              "Rebuild already running",
              "a rebuild is under way; follow it at GET /api/v1/admin/projections/capacity"));
    }
    return Response.accepted(status()).build();
  }
}
