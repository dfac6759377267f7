package io.gigawatt.gateway.domain;

/** Whether a caller may use a route: 401 without a key where one is needed, 403 for a weak one. */
public record AccessPolicy(boolean anonymousReads) {

  public enum Decision {
    ALLOWED,
    KEY_REQUIRED,
    FORBIDDEN
  }

  public Decision decide(Access access, Caller caller) {
    if (caller.anonymous()) {
      return access == Access.READ && anonymousReads ? Decision.ALLOWED : Decision.KEY_REQUIRED;
    }
    return caller.role().includes(access.role()) ? Decision.ALLOWED : Decision.FORBIDDEN;
  }
}
