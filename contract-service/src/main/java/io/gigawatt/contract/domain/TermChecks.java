package io.gigawatt.contract.domain;

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
    if (siteIds != null) {
      for (int i = 0; i < siteIds.size(); i++) {
        v.require("siteIds[" + i + "]", siteIds.get(i));
      }
      var named = siteIds.stream().filter(Objects::nonNull).toList();
      v.check(
          "siteIds", named.stream().distinct().count() == named.size(), "must not repeat a site");
    }
    return v.ifPresent("valueUsd", valueUsd, usd -> usd >= 0, "must not be negative")
        .ifPresent("termMonths", termMonths, months -> months > 0, "must be positive")
        .ifPresent("committedMw", committedMw, mw -> mw >= 0, "must not be negative")
        .ifPresent("gpuCount", gpuCount, count -> count > 0, "must be positive");
  }
}
