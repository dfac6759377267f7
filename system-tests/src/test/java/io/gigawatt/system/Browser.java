package io.gigawatt.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (no download of either). Without them
 * the browser tests are skipped, except on CI ({@code CI=true}), where {@code .ci/run} installs
 * them.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String VIEW_TEXT =
      "const v = document.getElementById('view'); return v ? v.innerText.slice(0, 500) : '';";

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser open() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!"true".equals(System.getenv("CI"))) {
      Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
    }
    Path profile = Files.createTempDirectory("gigawatt-chromium-");
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    var logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  /** Waits for the condition; an element a live update replaced meanwhile is looked up again. */
  <T> T until(String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT)
        .withMessage(what)
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Waits for the view to finish rendering after {@code action} (the page counts its renders). */
  void render(Runnable action) {
    String before = String.valueOf(script("return document.body.dataset.rendered || '0'"));
    action.run();
    new WebDriverWait(driver, WAIT)
        .withMessage(() -> "the view to render again; it shows: " + script(VIEW_TEXT))
        .until(
            d -> {
              Object now = script("return document.body.dataset.rendered || '0'");
              Object busy = script("return document.getElementById('view').ariaBusy");
              return !before.equals(String.valueOf(now)) && "false".equals(busy);
            });
  }

  void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** The whole page (up to 2,400 px high), at the window's width. */
  void screenshot(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Dimension window = driver.manage().window().getSize();
    Object height = script("return document.documentElement.scrollHeight");
    int chrome = window.getHeight() - ((Number) script("return window.innerHeight")).intValue();
    size(window.getWidth(), Math.min(2_400, ((Number) height).intValue() + chrome));
    try {
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } finally {
      size(window.getWidth(), window.getHeight());
    }
  }

  /** The console's errors since the last call (each read empties the browser's log). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** First contentful paint of the page loaded last, in ms. */
  double firstPaintMillis() {
    Object paint =
        script(
            "const p = performance.getEntriesByName('first-contentful-paint')[0];"
                + " return p ? p.startTime : -1;");
    return ((Number) paint).doubleValue();
  }

  Map<String, Object> transferSizes() {
    @SuppressWarnings("unchecked")
    var sizes =
        (Map<String, Object>)
            script(
                "const out = {}; for (const e of performance.getEntriesByType('resource'))"
                    + " { if (!e.name.includes('/api/')) out[e.name] = e.decodedBodySize; } return out;");
    return sizes;
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var paths = Files.walk(profile)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
