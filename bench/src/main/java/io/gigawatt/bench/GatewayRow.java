package io.gigawatt.bench;

/** One timed window of {@code POST /api/v1/sites} on one path: straight or through the gateway. */
record GatewayRow(Path path, int round, LoadResult load, CpuUsage cpu) {
  enum Path {
    DIRECT("straight to site-service"),
    GATEWAY("through the gateway");

    private final String label;

    Path(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }
}
