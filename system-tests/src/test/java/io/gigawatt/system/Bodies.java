package io.gigawatt.system;

/** Request bodies of the public API, as a client writes them. */
final class Bodies {
  private Bodies() {}

  static String site(String name, String country, String subdivision, double mw) {
    return """
        { "name": "%s", "program": "Stargate",
          "operator": {"name": "Oracle", "country": "US"}, "owner": {"name": "Crusoe", "country": "US"},
          "location": {"country": "%s"%s},
          "plannedCapacityMw": %s, "announcedOn": "2025-09-23",
          "source": "https://openai.com/index/five-new-stargate-sites/", "confidence": "CONFIRMED" }
        """
        .formatted(
            name,
            country,
            subdivision == null ? "" : ", \"subdivision\": \"" + subdivision + "\"",
            mw);
  }

  static String contract(String siteId) {
    return """
        { "kind": "CLOUD_CAPACITY", "title": "Oracle–OpenAI 4.5 GW", "program": "Stargate",
          "parties": [{"name": "OpenAI", "country": "US", "role": "BUYER"},
                      {"name": "Oracle", "country": "US", "role": "PROVIDER"}],
          "valueUsd": 300000000000, "termMonths": 60, "committedMw": 4500,
          "gpuModel": "nvidia-gb200", "gpuCount": 400000, "siteIds": ["%s"],
          "signedOn": "2025-07-22", "source": "https://example.org/oracle-openai", "confidence": "REPORTED" }
        """
        .formatted(siteId);
  }

  static String delivery(String siteId, long count) {
    return """
        { "siteId": "%s", "gpuModel": "nvidia-gb200", "count": %d, "deliveredOn": "2025-09-26",
          "source": "https://example.org/gb200", "confidence": "REPORTED" }
        """
        .formatted(siteId, count);
  }
}
