package io.gigawatt.support.problem;

/** Ends a request with the given problem answer. */
public class ProblemException extends RuntimeException {
  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.title() + ": " + problem.detail());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  public static ProblemException notFound(String what, String id) {
    return new ProblemException(
        Problem.of(404, "not-found", "Not found", "no " + what + " with id " + id));
  }
}
