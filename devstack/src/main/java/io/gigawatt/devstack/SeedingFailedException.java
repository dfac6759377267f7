package io.gigawatt.devstack;

/** Seeding failed on a stack that is up: the stack keeps running; the message names the step. */
public final class SeedingFailedException extends IllegalStateException {
  private final transient RunningStack stack;

  SeedingFailedException(String message, RunningStack stack, Throwable cause) {
    super(message, cause);
    this.stack = stack;
  }

  public RunningStack stack() {
    return stack;
  }
}
