package io.gigawatt.capacity.domain;

import java.time.LocalDate;

/** A lifecycle event that moved a site's status forward, on its business date. */
public record StatusChange(LocalDate on, long sequence, SiteStatus reached) implements Sequenced {}
