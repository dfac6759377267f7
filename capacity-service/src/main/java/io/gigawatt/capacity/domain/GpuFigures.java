package io.gigawatt.capacity.domain;

import java.util.Map;

/**
 * GPUs delivered: count, H100-equivalents, dense BF16 PFLOPS, power, count per catalog model, and
 * how many are of models the catalog does not know (counted, but without compute or power).
 */
public record GpuFigures(
    long delivered,
    double h100e,
    double bf16Pflops,
    double powerMw,
    Map<String, Long> byModel,
    long unknownModel) {}
