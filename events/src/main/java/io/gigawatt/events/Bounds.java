package io.gigawatt.events;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The physical bounds of every figure, date and text the ledger records. The write side refuses a
 * command that breaks one (400 naming the field); a consumer refuses an event that breaks one (its
 * JSON Schema states the same bounds), so it goes to the dead-letter topic, never into a model.
 * Within them, sums of any realistic ledger stay exact in a {@code long} or a {@code BigDecimal}.
 */
public final class Bounds {
  /** The largest site, phase or contract: 100 GW, more than any grid connection on record. */
  public static final double MAX_MW = 100_000;

  /** GPUs per delivery or contract: 10^8, more than a year of world production. */
  public static final long MAX_GPUS = 100_000_000;

  /** A contract's value: 10^14 USD, about the world's yearly GDP. */
  public static final long MAX_USD = 100_000_000_000_000L;

  /** A contract's term: 100 years. */
  public static final int MAX_TERM_MONTHS = 1_200;

  public static final LocalDate EARLIEST_DATE = LocalDate.of(1950, 1, 1);
  public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

  /** ISO dates from 1950-01-01 to 2100-12-31 (day 31 of any month passes; parsing decides). */
  public static final String DATE_PATTERN =
      "^(19[5-9][0-9]|20[0-9][0-9]|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

  /** Ids: of aggregates, deliveries, GPU models. */
  public static final int MAX_ID_LENGTH = 100;

  /** Names, titles, programs, localities, phases, reasons. */
  public static final int MAX_TEXT_LENGTH = 200;

  /** A source: a URL or a citation. */
  public static final int MAX_SOURCE_LENGTH = 2_000;

  public static final int MAX_PARTIES = 100;
  public static final int MAX_SITES_PER_CONTRACT = 1_000;

  /** Planned, revised, IT-load or energized MW: more than 0. */
  public static final Bound<Number> POSITIVE_MW = Bound.decimal(0, true, MAX_MW, "MW");

  /** Committed MW of a contract: 0 for a contract that commits no power. */
  public static final Bound<Number> MW = Bound.decimal(0, false, MAX_MW, "MW");

  public static final Bound<Number> GPUS = Bound.whole(1, MAX_GPUS, "GPUs");
  public static final Bound<Number> USD = Bound.whole(0, MAX_USD, "USD");
  public static final Bound<Number> TERM_MONTHS = Bound.whole(1, MAX_TERM_MONTHS, "months");
  public static final Bound<LocalDate> DATE = Bound.dates(EARLIEST_DATE, LATEST_DATE, DATE_PATTERN);
  public static final Bound<String> ID = Bound.text(MAX_ID_LENGTH);
  public static final Bound<String> TEXT = Bound.text(MAX_TEXT_LENGTH);
  public static final Bound<String> SOURCE = Bound.text(MAX_SOURCE_LENGTH);
  public static final Bound<Collection<?>> PARTIES = Bound.items(MAX_PARTIES);
  public static final Bound<Collection<?>> SITES = Bound.items(MAX_SITES_PER_CONTRACT);

  private Bounds() {}
}
