package io.gigawatt.contract.api;

import static io.gigawatt.contract.api.Requests.AMEND_GPU_COUNT;
import static io.gigawatt.contract.api.Requests.CONTRACT;
import static io.gigawatt.contract.api.Requests.CONTRACTS;
import static io.gigawatt.contract.api.Requests.DELIVERY;
import static io.gigawatt.contract.api.Requests.TERMINATION;
import static io.gigawatt.contract.api.Requests.post;
import static io.gigawatt.contract.api.Requests.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.gigawatt.devstack.DevstackTestResource;
import io.gigawatt.eventstore.StoredEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Every figure, date, text and list of a contract command has a physical bound; breaking it, or
 * sending JSON that cannot be read as the field (1e400, an overflowing or fractional count, a
 * number for a title), answers 400 naming the field and stores nothing.
 */
@QuarkusTest
@QuarkusTestResource(
    value = DevstackTestResource.class,
    initArgs = @ResourceArg(name = "databases", value = "contracts"))
class ContractBoundsTest {
  static final String SIGNED = CONTRACT.formatted("\"site-1\"");

  @Test
  void aContractOutOfBoundsIsRefusedNamingTheField() {
    long before = storedEvents();
    expectInvalid(CONTRACTS, with(SIGNED, "300000000000", "100000000000001"), "valueUsd");
    expectInvalid(CONTRACTS, with(SIGNED, "300000000000", "1e400"), "valueUsd");
    expectInvalid(CONTRACTS, with(SIGNED, "300000000000", "1e20"), "valueUsd");
    expectInvalid(CONTRACTS, with(SIGNED, "300000000000", "99999999999999999999"), "valueUsd");
    expectInvalid(CONTRACTS, with(SIGNED, "300000000000", "-1"), "valueUsd");
    expectInvalid(
        CONTRACTS, with(SIGNED, "\"termMonths\": 60", "\"termMonths\": 1201"), "termMonths");
    expectInvalid(
        CONTRACTS, with(SIGNED, "\"termMonths\": 60", "\"termMonths\": 99999999999"), "termMonths");
    expectInvalid(CONTRACTS, with(SIGNED, "4500", "100001"), "committedMw");
    expectInvalid(CONTRACTS, with(SIGNED, "4500", "1e308"), "committedMw");
    expectInvalid(
        CONTRACTS, with(SIGNED, "100000, \"siteIds\"", "100000001, \"siteIds\""), "gpuCount");
    expectInvalid(
        CONTRACTS, with(SIGNED, "100000, \"siteIds\"", "64000.5, \"siteIds\""), "gpuCount");
    expectInvalid(CONTRACTS, with(SIGNED, "Oracle–OpenAI 4.5 GW", "t".repeat(201)), "title");
    expectInvalid(CONTRACTS, with(SIGNED, "\"Oracle–OpenAI 4.5 GW\"", "42"), "title");
    expectInvalid(
        CONTRACTS,
        with(SIGNED, "\"program\": \"Stargate\"", "\"program\": \"" + "p".repeat(201) + "\""),
        "program");
    expectInvalid(
        CONTRACTS, with(SIGNED, "\"OpenAI\"", "\"" + "o".repeat(201) + "\""), "parties[0].name");
    expectInvalid(CONTRACTS, with(SIGNED, "\"CLOUD_CAPACITY\"", "0"), "kind");
    expectInvalid(CONTRACTS, with(SIGNED, "2025-07-22", "+57412-01-01"), "signedOn");
    expectInvalid(CONTRACTS, with(SIGNED, "2025-07-22", "57412-01-01"), "signedOn");
    expectInvalid(CONTRACTS, with(SIGNED, "2025-07-22", "2101-01-01"), "signedOn");
    expectInvalid(
        CONTRACTS, with(SIGNED, "https://example.org/oracle-openai", "s".repeat(2001)), "source");
    expectInvalid(
        CONTRACTS, with(SIGNED, "\"site-1\"", "\"" + "s".repeat(101) + "\""), "siteIds[0]");
    expectInvalid(CONTRACTS, with(SIGNED, "\"site-1\"", list(1001, "\"s%d\"")), "siteIds");
    String party = "{\"name\": \"P%d\", \"country\": \"US\", \"role\": \"INVESTOR\"}";
    expectInvalid(
        CONTRACTS,
        with(SIGNED, "{\"name\": \"Oracle\"", list(100, party) + ", {\"name\": \"Oracle\""),
        "parties");
    assertThat(storedEvents()).isEqualTo(before);
  }

  @Test
  void deliveriesAmendmentsAndTerminationsOutOfBoundsAreRefusedNamingTheField() {
    String contract = CONTRACTS + "/" + sign("site-1");
    long before = storedEvents();
    String deliveries = contract + "/deliveries";
    expectInvalid(deliveries, DELIVERY.formatted("d-1", "site-1", 100_000_001L), "count");
    expectInvalid(
        deliveries, with(DELIVERY.formatted("d-1", "site-1", 10), "10,", "1.5,"), "count");
    expectInvalid(
        deliveries, with(DELIVERY.formatted("d-1", "site-1", 10), "10,", "1e400,"), "count");
    expectInvalid(
        deliveries, with(DELIVERY.formatted("d-1", "site-1", 10), "10,", "\"10\","), "count");
    expectInvalid(deliveries, DELIVERY.formatted("d".repeat(101), "site-1", 10), "deliveryId");
    expectInvalid(deliveries, DELIVERY.formatted("d-1", "s".repeat(101), 10), "siteId");
    expectInvalid(
        deliveries,
        with(DELIVERY.formatted("d-1", "site-1", 10), "2025-09-26", "+57412-01-01"),
        "deliveredOn");
    String amendments = contract + "/amendments";
    expectInvalid(amendments, AMEND_GPU_COUNT.formatted(100_000_001), "gpuCount");
    expectInvalid(
        amendments,
        with(AMEND_GPU_COUNT.formatted(10), "\"gpuCount\": 10", "\"valueUsd\": -1"),
        "valueUsd");
    expectInvalid(
        amendments,
        with(AMEND_GPU_COUNT.formatted(10), "\"gpuCount\": 10", "\"termMonths\": 0"),
        "termMonths");
    expectInvalid(
        amendments, with(AMEND_GPU_COUNT.formatted(10), "second phase", "r".repeat(201)), "reason");
    expectInvalid(
        amendments, with(AMEND_GPU_COUNT.formatted(10), "2025-12-01", "2101-01-01"), "amendedOn");
    String termination = contract + "/termination";
    expectInvalid(
        termination, with(TERMINATION, "cancelled by the buyer", "r".repeat(201)), "reason");
    expectInvalid(termination, with(TERMINATION, "2026-03-01", "1949-12-31"), "terminatedOn");
    assertThat(storedEvents()).isEqualTo(before);
  }

  /** Found by the fuzzer (bench fuzz): each of these used to answer 500 or even 2xx. */
  @Test
  void hostileInputIsRefusedNamingTheFieldAndStoresNothing() {
    String contract = CONTRACTS + "/" + sign("site-1");
    long before = storedEvents();
    String deliveries = contract + "/deliveries";
    expectInvalid(deliveries, DELIVERY.formatted("d-1", "site\\u0000", 10), "siteId");
    expectInvalid(CONTRACTS, with(SIGNED, "\"site-1\"", "\"site-1\", \"s\\u0000\""), "siteIds[1]");
    expectInvalid(
        contract + "/amendments",
        with(
            AMEND_GPU_COUNT.formatted(10),
            "\"gpuCount\": 10",
            "\"gpuCount\": 10, \"committedMw\": \"\""),
        "committedMw");
    post(
            deliveries,
            with(
                DELIVERY.formatted("d-1", "site-1", 10),
                "\"d-1\"",
                "\"d-1\", \"deliveryId\": \"d-2\""))
        .statusCode(400)
        .contentType("application/problem+json");
    assertThat(storedEvents()).isEqualTo(before);
  }

  /** {@code count} entries of the format, numbered, comma-separated. */
  static String list(int count, String format) {
    return IntStream.range(0, count)
        .mapToObj(i -> format.formatted(i))
        .collect(Collectors.joining(", "));
  }

  static String with(String body, String value, String replacement) {
    assertThat(body).contains(value);
    return body.replace(value, replacement);
  }

  static void expectInvalid(String path, String body, String field) {
    post(path, body)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field));
  }

  static long storedEvents() {
    return QuarkusTransaction.requiringNew().call(() -> StoredEvent.count());
  }
}
