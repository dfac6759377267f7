package io.gigawatt.bench.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.gigawatt.events.Bounds;
import io.gigawatt.events.Confidence;
import io.gigawatt.events.ContractKind;
import io.gigawatt.events.Countries;
import io.gigawatt.events.GpuCatalog;
import io.gigawatt.events.PartyRole;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The shapes of the request bodies, as the README's API sections and "Bounds" state them. */
final class Bodies {
  private static final Shape TEXT = new Shape.Text(Bounds.MAX_TEXT_LENGTH);
  private static final Shape SOURCE = new Shape.Text(Bounds.MAX_SOURCE_LENGTH);
  private static final Shape ID = new Shape.Text(Bounds.MAX_ID_LENGTH);
  private static final Shape DATE = new Shape.Date();
  private static final Shape POSITIVE_MW = new Shape.Decimal(0, true, Bounds.MAX_MW);
  private static final Shape MW = new Shape.Decimal(0, false, Bounds.MAX_MW);
  private static final Shape GPUS = new Shape.Whole(1, Bounds.MAX_GPUS);
  private static final Shape USD = new Shape.Whole(0, Bounds.MAX_USD);
  private static final Shape MONTHS = new Shape.Whole(1, Bounds.MAX_TERM_MONTHS);
  private static final Shape CONFIDENCE = choice(Confidence.class);
  private static final Shape COUNTRY = new Shape.Listed("country", Countries::isCountry);
  private static final Shape GPU_MODEL = new Shape.Listed("GPU model", GpuCatalog::contains);
  private static final Shape SITE_IDS = new Shape.Items(ID, 0, Bounds.MAX_SITES_PER_CONTRACT);

  static final ObjectShape ANNOUNCEMENT =
      new ObjectShape()
          .required("name", TEXT)
          .optional("program", TEXT)
          .required("operator", organization())
          .required("owner", organization())
          .required("location", location())
          .required("plannedCapacityMw", POSITIVE_MW)
          .optional("itLoadMw", POSITIVE_MW)
          .optional("expectedOnlineOn", DATE)
          .required("announcedOn", DATE)
          .required("source", SOURCE)
          .required("confidence", CONFIDENCE)
          .rule(body -> notAbove(body.get("itLoadMw"), body.get("plannedCapacityMw")))
          .rule(body -> notBefore(body.get("expectedOnlineOn"), body.get("announcedOn")));

  static final ObjectShape CONSTRUCTION = provenance(new ObjectShape().required("startedOn", DATE));

  static final ObjectShape REVISION =
      provenance(
          new ObjectShape()
              .required("plannedCapacityMw", POSITIVE_MW)
              .required("revisedOn", DATE)
              .optional("reason", TEXT));

  static final ObjectShape ENERGIZATION =
      provenance(
          new ObjectShape()
              .required("energizedMw", POSITIVE_MW)
              .required("energizedOn", DATE)
              .optional("phase", TEXT));

  static final ObjectShape DE_ENERGIZATION =
      provenance(new ObjectShape().required("mw", POSITIVE_MW).required("deEnergizedOn", DATE));

  static final ObjectShape DECOMMISSIONING =
      provenance(new ObjectShape().required("decommissionedOn", DATE));

  static final ObjectShape CANCELLATION =
      provenance(new ObjectShape().required("cancelledOn", DATE).optional("reason", TEXT));

  static final ObjectShape CONTRACT =
      provenance(
          new ObjectShape()
              .required("kind", choice(ContractKind.class))
              .required("title", TEXT)
              .optional("program", TEXT)
              .required("parties", new Shape.Items(new Shape.Obj(party()), 1, Bounds.MAX_PARTIES))
              .optional("valueUsd", USD)
              .optional("termMonths", MONTHS)
              .optional("committedMw", MW)
              .optional("gpuModel", GPU_MODEL)
              .optional("gpuCount", GPUS)
              .optional("siteIds", SITE_IDS)
              .required("signedOn", DATE)
              .rule(Bodies::distinctSites)
              .rule(
                  body ->
                      Shape.missing(body.get("gpuCount")) || !Shape.missing(body.get("gpuModel"))
                          ? Verdict.VALID
                          : Verdict.INVALID));

  static final ObjectShape AMENDMENT =
      provenance(
          new ObjectShape()
              .required("amendedOn", DATE)
              .optional("valueUsd", USD)
              .optional("committedMw", MW)
              .optional("gpuCount", GPUS)
              .optional("termMonths", MONTHS)
              .optional("siteIds", SITE_IDS)
              .optional("reason", TEXT)
              .rule(Bodies::distinctSites)
              .rule(
                  body ->
                      Arrays.stream(
                                  new String[] {
                                    "valueUsd", "committedMw", "gpuCount", "termMonths", "siteIds"
                                  })
                              .anyMatch(term -> !Shape.missing(body.get(term)))
                          ? Verdict.VALID
                          : Verdict.INVALID));

  static final ObjectShape RETIREMENT =
      provenance(
          new ObjectShape()
              .required("siteId", ID)
              .required("gpuModel", GPU_MODEL)
              .required("count", GPUS)
              .required("retiredOn", DATE));

  static final ObjectShape DELIVERY =
      provenance(
          new ObjectShape()
              .optional("deliveryId", new Shape.Id())
              .required("siteId", ID)
              .required("gpuModel", GPU_MODEL)
              .required("count", GPUS)
              .required("deliveredOn", DATE));

  static final ObjectShape TERMINATION =
      provenance(new ObjectShape().required("terminatedOn", DATE).required("reason", TEXT));

  static final ObjectShape API_KEY =
      new ObjectShape()
          .required("name", new Shape.Text(100))
          .required("role", new Shape.Choice(Set.of("reader", "writer", "admin")))
          .optional("rateLimit", new Shape.Whole(1, 1_000_000));

  private Bodies() {}

  private static ObjectShape provenance(ObjectShape shape) {
    return shape.required("source", SOURCE).required("confidence", CONFIDENCE);
  }

  private static Shape organization() {
    return new Shape.Obj(new ObjectShape().required("name", TEXT).required("country", COUNTRY));
  }

  private static ObjectShape party() {
    return new ObjectShape()
        .required("name", TEXT)
        .required("country", COUNTRY)
        .required("role", choice(PartyRole.class));
  }

  private static Shape location() {
    return new Shape.Obj(
        new ObjectShape()
            .required("country", COUNTRY)
            .optional("subdivision", new Shape.Text(Integer.MAX_VALUE))
            .optional("locality", TEXT)
            .rule(
                location -> {
                  JsonNode subdivision = location.get("subdivision");
                  return Shape.missing(subdivision)
                          || Countries.isSubdivisionOf(
                              subdivision.textValue(), location.get("country").textValue())
                      ? Verdict.VALID
                      : Verdict.INVALID;
                }));
  }

  private static Shape choice(Class<? extends Enum<?>> type) {
    return new Shape.Choice(
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet()));
  }

  /** {@code lower} not above {@code upper} where both are given (numbers, valid on their own). */
  private static Verdict notAbove(JsonNode lower, JsonNode upper) {
    if (Shape.missing(lower) || Shape.missing(upper)) {
      return Verdict.VALID;
    }
    int exact = lower.decimalValue().compareTo(upper.decimalValue());
    int rounded = Double.compare(lower.doubleValue(), upper.doubleValue());
    if ((exact <= 0) == (rounded <= 0)) {
      return exact <= 0 ? Verdict.VALID : Verdict.INVALID;
    }
    return Verdict.EITHER;
  }

  /** A date not before another where both are given; dates only compare in their plain form. */
  private static Verdict notBefore(JsonNode later, JsonNode earlier) {
    if (Shape.missing(later) || Shape.missing(earlier)) {
      return Verdict.VALID;
    }
    String a = later.textValue();
    String b = earlier.textValue();
    if (!Shape.Date.valid(a) || !Shape.Date.valid(b)) {
      return Verdict.EITHER;
    }
    return a.compareTo(b) >= 0 ? Verdict.VALID : Verdict.INVALID;
  }

  private static Verdict distinctSites(JsonNode body) {
    JsonNode sites = body.get("siteIds");
    if (Shape.missing(sites)) {
      return Verdict.VALID;
    }
    Set<String> seen = new HashSet<>();
    for (JsonNode site : sites) {
      if (!seen.add(site.textValue())) {
        return Verdict.INVALID;
      }
    }
    return Verdict.VALID;
  }
}
