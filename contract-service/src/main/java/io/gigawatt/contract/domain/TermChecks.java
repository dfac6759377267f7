package io.gigawatt.contract.domain;

import io.gigawatt.events.Bounds;
import io.gigawatt.support.validation.Validator;
import java.util.List;
import java.util.Objects;

final class TermChecks {
  private TermChecks() {}

  /** The checks of the terms an amendment may change; null values pass. */
  static Validator amendable(
      Validator v,
      Long valueUsd,
      Integer termMonths,
      Double committedMw,
      Integer gpuCount,
      List<String> siteIds) {
    v.ifPresent("siteIds", siteIds, Bounds.SITES);
    if (siteIds != null && Bounds.SITES.test(siteIds)) {
      for (int i = 0; i < siteIds.size(); i++) {
        v.required("siteIds[" + i + "]", siteIds.get(i), Bounds.ID);
      }
      var named = siteIds.stream().filter(Objects::nonNull).toList();
      v.check(
          "siteIds", named.stream().distinct().count() == named.size(), "must not repeat a site");
    }
    return v.ifPresent("valueUsd", valueUsd, Bounds.USD)
        .ifPresent("termMonths", termMonths, Bounds.TERM_MONTHS)
        .ifPresent("committedMw", committedMw, Bounds.MW)
        .ifPresent("gpuCount", gpuCount, Bounds.GPUS);
  }
}
