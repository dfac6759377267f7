package io.gigawatt.gateway.domain;

/** What a route does, and so which role it needs. */
public enum Access {
  /** A query; open to anonymous callers unless configured otherwise. */
  READ(Role.READER),
  /** A command. */
  WRITE(Role.WRITER),
  /** Operating the platform: keys, projections, dead letters. */
  ADMIN(Role.ADMIN);

  private final Role role;

  Access(Role role) {
    this.role = role;
  }

  public Role role() {
    return role;
  }
}
