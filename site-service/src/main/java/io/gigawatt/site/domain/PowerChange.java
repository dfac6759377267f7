package io.gigawatt.site.domain;

import java.time.LocalDate;

/** MW that came online (positive) or were taken off-line (negative) on a business date. */
public record PowerChange(LocalDate on, double mw) {}
