package io.gigawatt.importer.domain;

/** The API commands an import sends, each with its path below {@code /api/v1}. */
public enum CommandKind {
  ANNOUNCE_SITE("/sites"),
  REVISE_CAPACITY("/sites/{siteId}/capacity-revisions"),
  ENERGIZE("/sites/{siteId}/energizations"),
  DE_ENERGIZE("/sites/{siteId}/de-energizations"),
  DECOMMISSION("/sites/{siteId}/decommissioning"),
  SIGN_CONTRACT("/contracts"),
  DELIVER("/contracts/{contractId}/deliveries"),
  RETIRE("/contracts/{contractId}/retirements");

  private final String path;

  CommandKind(String path) {
    this.path = path;
  }

  public String path(String siteId, String contractId) {
    return path.replace("{siteId}", String.valueOf(siteId))
        .replace("{contractId}", String.valueOf(contractId));
  }

  /** True for a command on the contract, which needs contract-service to know the site. */
  public boolean onContract() {
    return this == SIGN_CONTRACT || this == DELIVER || this == RETIRE;
  }
}
