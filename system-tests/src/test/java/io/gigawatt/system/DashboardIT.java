package io.gigawatt.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gigawatt.devstack.RunningStack;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in headless Chromium, served by the gateway of the packaged stack (seeded with the
 * 2025 Stargate announcements): what it shows is what the API answers, at any date and live.
 * Screenshots go to {@code target/screenshots} ({@code -Dgigawatt.screenshots=../docs/screenshots}
 * refreshes the README's).
 */
@TestMethodOrder(OrderAnnotation.class)
class DashboardIT {
  private static final DecimalFormat ONE_DECIMAL =
      new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
  private static RunningStack stack;
  private static Api api;
  private static Browser browser;
  private static Path screenshots;
  private final List<String> expectedConsoleErrors = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    browser = Browser.open();
    stack = TestStacks.startSeeded("dashboard-it");
    api = new Api(stack.apiUrl(), TestStacks.issueKey(stack, "writer", "dashboard-it"));
    screenshots = Path.of(System.getProperty("gigawatt.screenshots", "target/screenshots"));
    Await.until(
        "the seed in the capacity view",
        Duration.ofSeconds(90),
        () -> api.get("/capacity/regions/US", 200),
        us -> us.at("/gpus/delivered").asLong() > 0);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    TestStacks.stop(stack);
  }

  @AfterEach
  void noConsoleErrors() {
    assertThat(browser.consoleErrors())
        .allMatch(error -> expectedConsoleErrors.stream().anyMatch(error::contains));
  }

  @Test
  @Order(1)
  void theMapAndTheRankingShowTheApisFigures() throws Exception {
    open("#/");
    System.out.printf(
        "dashboard first contentful paint: %.0f ms; files: %s%n",
        browser.firstPaintMillis(), browser.transferSizes());
    assertMapShows(api.get("/capacity/regions?level=country", 200));
    assertRankingShows(api.get("/capacity/sovereignty?level=country", 200));
    browser.screenshot(screenshots.resolve("dashboard-home.png"));

    browser.render(() -> browser.find("input[name=level][value=bloc]").click());
    assertThat(browser.driver.getCurrentUrl()).contains("level=bloc");
    assertRankingShows(api.get("/capacity/sovereignty?level=bloc", 200));
    browser.render(() -> browser.find("input[name=level][value=country]").click());

    browser.render(() -> browser.find("button[data-sort=name]").click());
    List<String> names =
        browser.all("#ranking tbody th").stream().map(WebElement::getText).toList();
    assertThat(names).isSorted();
  }

  @Test
  @Order(2)
  void theDateSliderShowsTheFiguresOfThatDate() throws Exception {
    open("#/");
    LocalDate day = LocalDate.parse("2025-08-01");
    long index = ChronoUnit.DAYS.between(LocalDate.parse("2016-01-01"), day);
    browser.render(
        () ->
            browser.script(
                "const s = document.getElementById('asof'); s.value = arguments[0];"
                    + " s.dispatchEvent(new Event('input'));",
                index));
    assertThat(browser.driver.getCurrentUrl()).contains("asOf=" + day);
    assertThat(browser.find("#asof-label").getText()).isEqualTo(day.toString());
    JsonNode then = api.get("/capacity/regions?level=country&asOf=" + day, 200);
    JsonNode now = api.get("/capacity/regions?level=country", 200);
    assertThat(then).isNotEqualTo(now);
    assertMapShows(then);
    assertRankingShows(api.get("/capacity/sovereignty?level=country&asOf=" + day, 200));

    browser.render(() -> browser.find("#asof").sendKeys(Keys.ARROW_RIGHT));
    assertThat(browser.find("#asof-label").getText()).isEqualTo(day.plusDays(1).toString());
    browser.render(() -> browser.find("#today").click());
    assertThat(browser.driver.getCurrentUrl()).doesNotContain("asOf");
    assertMapShows(now);
  }

  @Test
  @Order(3)
  void aNewSiteAndDeliveredGpusShowWithoutAReload() throws Exception {
    open("#/");
    browser.until("the live stream", d -> browser.find("#live").getText().contains("live"));
    browser.script("window.notReloaded = true");
    long before = api.get("/capacity/regions/FI", 200).at("/gpus/delivered").asLong();
    String site =
        api.post("/sites", Bodies.site("Stargate Finland", "FI", null, 250), 201)
            .get("siteId")
            .asText();
    String contract = api.post("/contracts", Bodies.contract(site), 201).get("contractId").asText();
    api.postUntil("/contracts/" + contract + "/deliveries", Bodies.delivery(site, 8_000), 201);
    JsonNode finland =
        Await.until(
            "Finland's GPUs in the view",
            Duration.ofSeconds(60),
            () -> api.get("/capacity/regions/FI", 200),
            fi -> fi.at("/gpus/delivered").asLong() == before + 8_000);
    double hosted = finland.at("/sovereignty/hostedH100e").asDouble();
    browser.until(
        "Finland on the map with its hosted H100e",
        d ->
            browser.all("#map a[data-code=FI]").stream()
                .anyMatch(a -> Double.parseDouble(a.getAttribute("data-value")) == hosted));
    browser.until(
        "Finland in the ranking", d -> !browser.all("#ranking tr[data-code=FI]").isEmpty());
    assertThat(browser.script("return window.notReloaded")).isEqualTo(true);
  }

  @Test
  @Order(4)
  void aRegionPageShowsItsFiguresSitesContractsAndTimeline() throws Exception {
    open("#/");
    browser.render(() -> browser.find("#ranking tr[data-code=US] a").click());
    assertThat(browser.driver.getCurrentUrl()).contains("#/region/US");
    JsonNode us = api.get("/capacity/regions/US", 200);
    assertThat(browser.find("[data-figure=hostedH100e]").getText())
        .isEqualTo(ONE_DECIMAL.format(us.at("/sovereignty/hostedH100e").asDouble()));
    assertThat(browser.find("[data-figure=plannedMw]").getText())
        .isEqualTo(ONE_DECIMAL.format(us.at("/powerMw/planned").asDouble()));
    JsonNode sites = api.get("/capacity/regions/US/sites", 200).get("sites");
    assertThat(browser.all("#sites tbody tr")).hasSize(sites.size());
    JsonNode contracts = api.get("/capacity/regions/US/contracts", 200).get("contracts");
    assertThat(browser.all("#contracts tbody tr")).hasSize(contracts.size());
    browser.until("the timeline chart", d -> !browser.all("#timeline canvas").isEmpty());
    browser.screenshot(screenshots.resolve("dashboard-region.png"));

    String siteId = sites.get(0).get("siteId").asText();
    browser.render(() -> browser.find("#sites tr[data-site='" + siteId + "'] a").click());
    JsonNode trail = api.get("/sites/" + siteId + "/events", 200);
    assertThat(browser.all("table.trail tbody tr")).hasSize(trail.size());
    assertThat(browser.find("table.trail tbody a").getAttribute("href"))
        .isEqualTo(trail.get(0).at("/data/source").asText());
    browser.screenshot(screenshots.resolve("dashboard-site.png"));
  }

  @Test
  @Order(5)
  void programsShowCommitmentsAgainstCapacity() throws Exception {
    open("#/programs");
    JsonNode stargate = api.get("/programs/stargate", 200);
    assertThat(browser.find("[data-program=Stargate] [data-figure=gapMw]").getText())
        .isEqualTo(ONE_DECIMAL.format(stargate.get("gapMw").asDouble()) + " MW");
    browser.screenshot(screenshots.resolve("dashboard-programs.png"));
  }

  @Test
  @Order(6)
  void atPhoneWidthNothingOverflowsThePage() throws Exception {
    browser.size(390, 844);
    try {
      open("#/");
      Object width = browser.script("return document.documentElement.scrollWidth");
      assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
      browser.screenshot(screenshots.resolve("dashboard-phone.png"));
    } finally {
      browser.size(1280, 1000);
    }
  }

  @Test
  @Order(7)
  void anErrorShowsTheProblemsTitleAndDetail() throws Exception {
    expectedConsoleErrors.addAll(List.of("/api/v1/capacity/regions/QQ", "region=QQ&"));
    JsonNode problem = api.get("/capacity/regions/QQ", 404);
    open("#/region/QQ");
    String shown = browser.until("a problem", d -> browser.find(".problem")).getText();
    assertThat(shown)
        .contains(problem.get("title").asText())
        .contains(problem.get("detail").asText());
  }

  private static void open(String fragment) {
    browser.driver.get("about:blank");
    browser.render(() -> browser.driver.get(stack.gatewayUrl() + "/" + fragment));
  }

  private static void assertMapShows(JsonNode regions) {
    for (JsonNode region : regions.get("regions")) {
      String code = region.get("code").asText();
      var shape = browser.all("#map a[data-code=" + code + "]");
      if (shape.isEmpty()) {
        continue; // too small for the 110m map
      }
      assertThat(Double.parseDouble(shape.get(0).getAttribute("data-value")))
          .as("hosted H100e of %s on the map", code)
          .isEqualTo(region.at("/sovereignty/hostedH100e").asDouble());
    }
    assertThat(browser.all("#map a[data-code]")).isNotEmpty();
  }

  private static void assertRankingShows(JsonNode ranking) {
    List<String> expected = new ArrayList<>();
    ranking.get("regions").forEach(r -> expected.add(r.get("code").asText()));
    List<String> shown =
        browser.all("#ranking tbody tr").stream().map(tr -> tr.getAttribute("data-code")).toList();
    assertThat(shown).isEqualTo(expected);
    for (JsonNode region : ranking.get("regions")) {
      String cell = "#ranking tr[data-code=" + region.get("code").asText() + "] td[data-col=%s]";
      assertThat(
              Double.parseDouble(browser.find(cell.formatted("hosted")).getAttribute("data-value")))
          .isEqualTo(region.at("/sovereignty/hostedH100e").asDouble());
      assertThat(
              Double.parseDouble(
                  browser.find(cell.formatted("controlled")).getAttribute("data-value")))
          .isEqualTo(region.at("/sovereignty/controlledH100e").asDouble());
    }
  }
}
