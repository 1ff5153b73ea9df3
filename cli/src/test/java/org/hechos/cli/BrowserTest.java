package org.hechos.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hechos.Extraction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Loads the HTML view of the seeds and of an emoji text in Debian's headless chromium (through
 * chromium-driver and Selenium) and checks what a reader sees. Skipped when the browser or the
 * driver is not installed ({@code apt-get install -y chromium chromium-driver}).
 */
class BrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path OUT = Path.of("target", "browser");
  static final Path SCREENSHOT = Path.of("target", "hechos-view.png");

  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");
  private static ChromeDriver driver;
  private static final List<String> ORIGINALS = new ArrayList<>();
  private static int jsonEntities;
  private static int jsonFacts;

  /** Skips the test, with a line on the console saying why (surefire shows only the count), if {@code program} is missing. */
  private static void requireInstalled(Path program, String packages) {
    String reason = "no " + program + ": apt-get install -y " + packages;
    if (!Files.isExecutable(program)) {
      System.err.println("BrowserTest skipped: " + reason);
    }
    assumeTrue(Files.isExecutable(program), reason);
  }

  @BeforeAll
  static void openPage() throws IOException {
    requireInstalled(CHROMIUM, "chromium chromium-driver");
    requireInstalled(CHROMEDRIVER, "chromium-driver");
    // Selenium warns that it has no DevTools binding for this chromium; the test does not use DevTools.
    SELENIUM_LOG.setLevel(Level.SEVERE);
    Files.createDirectories(OUT);
    Path page = OUT.resolve("hechos-view.html");
    ObjectMapper mapper = new ObjectMapper();
    JsonView json = new JsonView(mapper);
    try (PrintStream out = new PrintStream(Files.newOutputStream(page), false, StandardCharsets.UTF_8)) {
      HtmlSink sink = new HtmlSink(out);
      sink.begin();
      List<String> names = new ArrayList<>();
      for (Path seed : Corpus.seeds()) {
        ORIGINALS.add(Corpus.read(seed));
        names.add(seed.toString());
      }
      ORIGINALS.add(Corpus.EMOJI_TEXT);
      names.add("dispatch-with-emoji.txt");
      for (int i = 0; i < ORIGINALS.size(); i++) {
        Extraction x = Corpus.PIPELINE.extract(ORIGINALS.get(i));
        ObjectNode doc = json.of(names.get(i), x);
        jsonEntities += doc.get("entities").size();
        jsonFacts += doc.get("facts").size();
        sink.write(names.get(i), x);
      }
      sink.end();
    }
    Path profile = Files.createTempDirectory("hechos-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,1600", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.get(page.toAbsolutePath().toUri().toString());
  }

  @AfterAll
  static void close() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void showsOneHighlightPerJsonEntityAndOneRowPerJsonFact() {
    Object names = js("var ids = new Set(); document.querySelectorAll('section.doc .text .ent')"
        + ".forEach(function (el) { ids.add(el.closest('section').dataset.doc + ':' + el.dataset.m); });"
        + "return ids.size;");
    assertThat(((Number) names).intValue()).isEqualTo(jsonEntities).isPositive();
    assertThat(driver.findElements(By.cssSelector("tr.fact"))).hasSize(jsonFacts);
  }

  @Test
  void textIsTheOriginalAndEveryMarkSlicesToItsOffsets() {
    List<WebElement> docs = driver.findElements(By.cssSelector("section.doc .text"));
    assertThat(docs).hasSize(ORIGINALS.size());
    for (int i = 0; i < docs.size(); i++) {
      assertThat(js("return arguments[0].textContent;", docs.get(i))).isEqualTo(ORIGINALS.get(i));
      // JavaScript strings are UTF-16 like Java's: data-b/data-end slice the text exactly, emoji included
      Object wrong = js("var box = arguments[0], text = box.textContent, parts = {};"
          + "box.querySelectorAll('.ent').forEach(function (el) {"
          + "  var k = el.dataset.m; parts[k] = parts[k] || {b: +el.dataset.b, e: +el.dataset.end, t: ''};"
          + "  parts[k].t += el.textContent; });"
          + "return Object.keys(parts).filter(function (k) {"
          + "  var p = parts[k]; return text.substring(p.b, p.e) !== p.t; }).length;", docs.get(i));
      assertThat(((Number) wrong).intValue()).as("document %d", i).isZero();
    }
  }

  @Test
  void clickingAFactHighlightsItsEvidenceAndArguments() throws IOException {
    WebElement row = driver.findElements(By.cssSelector("tr.fact")).stream()
        .filter(r -> r.findElements(By.tagName("td")).get(1).getText().equals("VISIT")).findFirst().orElseThrow();
    row.click();
    int b = Integer.parseInt(row.getAttribute("data-evb"));
    int e = Integer.parseInt(row.getAttribute("data-eve"));
    List<WebElement> lit = driver.findElements(By.cssSelector("section.doc .ev.hl"));
    assertThat(lit).isNotEmpty().allSatisfy(el -> {
      assertThat(el.getAttribute("data-b")).isEqualTo(String.valueOf(b));
      assertThat(el.getAttribute("data-end")).isEqualTo(String.valueOf(e));
    });
    String evidence = (String) js("var t = '';"
        + "document.querySelectorAll('section.doc .ev.hl').forEach(function (el) { t += el.textContent; });"
        + "return t;");
    assertThat(evidence).isEqualTo(ORIGINALS.get(0).substring(b, e));
    assertThat(row.getAttribute("class")).contains("on");
    assertThat(driver.findElements(By.cssSelector(".arg-agent"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector(".trg-on"))).isNotEmpty();
    Files.createDirectories(SCREENSHOT.getParent());
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(SCREENSHOT)).isPositive();
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }
}
