package io.gigawatt.gateway.domain;

/** A service the gateway forwards to. */
public enum Downstream {
  SITE("site-service"),
  CONTRACT("contract-service"),
  CAPACITY("capacity-service");

  private final String serviceName;

  Downstream(String serviceName) {
    this.serviceName = serviceName;
  }

  public String serviceName() {
    return serviceName;
  }
}
