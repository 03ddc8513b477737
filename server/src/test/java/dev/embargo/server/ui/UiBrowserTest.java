package dev.embargo.server.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.embargo.lists.SharedData;
import dev.embargo.lists.model.Entity;
import dev.embargo.lists.model.Identifier;
import dev.embargo.server.EmbargoServer;
import dev.embargo.server.TestServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI in a real headless Chromium, as an analyst uses it: typing a name and seeing hits without pressing
 * Enter, opening a hit and its explanation, scanning the seed article, doing it all by keyboard, and on a phone.
 * One browser for the class; screenshots of each step land in target/screenshots/. Any violation of the
 * Content-Security-Policy reported by the browser fails the test that caused it.
 */
class UiBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String KIM = "us-ofac-sdn:20157";

    private static EmbargoServer server;
    private static ChromeDriver driver;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium)");
        assumeTrue(
                Files.isExecutable(CHROMEDRIVER),
                "skipped: no ChromeDriver at " + CHROMEDRIVER + " (apt-get install chromium-driver)");
        server = TestServers.start();
        base = server.baseUrl();
        // The driver and browser are given by path, so Selenium Manager never looks for them on the internet.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1280,900",
                "--lang=en-US",
                "--no-first-run",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-sync",
                "--disable-default-apps");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @BeforeEach
    void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.manage().logs().get(LogType.BROWSER);
    }

    @AfterEach
    void noPolicyViolations() {
        List<String> violations = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getMessage().contains("Content Security Policy")
                    || e.getMessage().contains("Refused to")) {
                violations.add(e.getMessage());
            }
        }
        assertThat(violations).as("CSP violations reported by the browser").isEmpty();
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static void screenshot(String name) {
        Path file = SHOTS.resolve(name + ".png");
        try {
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(file).isNotEmptyFile();
    }

    /** Marks the page, so that a later check can tell the page was not loaded again (no form submit). */
    private static void markPage() {
        driver.executeScript("window.embargoSamePage = true;");
    }

    private static boolean samePage() {
        return Boolean.TRUE.equals(driver.executeScript("return window.embargoSamePage === true;"));
    }

    private static List<String> hitHrefs() {
        return driver.findElements(By.cssSelector("#results a.hit-name")).stream()
                .map(a -> a.getDomAttribute("href"))
                .toList();
    }

    /** Types {@code name} into the search box of a fresh search page and waits for the hits, without Enter. */
    private static void typeAndWaitForKim(String name) {
        driver.get(base + "/");
        markPage();
        WebElement box = driver.findElement(By.id("q"));
        box.sendKeys(name);
        waiting().until(d -> !hitHrefs().isEmpty() && hitHrefs().getFirst().equals("/entity/" + KIM));
        assertThat(samePage()).as("results came without a page load").isTrue();
        assertThat(driver.getCurrentUrl()).as("the address follows the search").contains("q=");
    }

    @Test
    void typingANameShowsHitsWithoutEnterAndTheTopHitShowsItsFacts() {
        typeAndWaitForKim("Kim Jong Un");
        WebElement first = driver.findElement(By.cssSelector("#results li.hit"));
        assertThat(first.getText())
                .contains("KIM, Jong Un")
                .contains("Matched name")
                .contains("person")
                .contains("us-ofac-sdn")
                .contains("Explain the score");
        assertThat(driver.findElement(By.id("results-status")).getDomProperty("textContent"))
                .contains("for");
        screenshot("search-kim-jong-un");

        first.findElement(By.cssSelector("a.hit-name")).click();
        waiting().until(ExpectedConditions.urlContains("/entity/" + KIM));
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("KIM, Jong Un");
        assertThat(page)
                .contains("1984-01-08")
                .contains("DPRK3")
                .contains("Chairman of the Workers' Party of Korea")
                .contains("Secondary sanctions risk")
                .contains("sdn.csv")
                .contains("primary");
        screenshot("entity-us-ofac-sdn-20157");
    }

    @Test
    void typingTheNameInHangulFindsTheSameParty() {
        typeAndWaitForKim("김정은");
        WebElement summary = driver.findElement(By.cssSelector("#results [data-summary] .name"));
        assertThat(summary.getText()).isEqualTo("김정은");
        assertThat(summary.getDomAttribute("lang")).isEqualTo("ko");
        screenshot("search-hangul");
    }

    @Test
    void aHitsExplanationPairsTheNamePartsAndShowsTheFacts() {
        driver.get(base + "/?q=" + "Kim+Jong+Un" + "&dob=1984-01-08");
        driver.findElement(By.cssSelector("#results li.hit a.explain")).click();
        waiting().until(ExpectedConditions.urlContains("/explain?"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Why KIM, Jong Un scores 1.00");
        List<WebElement> rows = driver.findElements(By.cssSelector("table.pairs tbody tr"));
        assertThat(rows).hasSize(3);
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(cells).hasSize(4);
            assertThat(cells.get(1).getText()).as("rule").isNotBlank();
            assertThat(cells.get(2).getText()).as("similarity").matches("\\d\\.\\d\\d");
        }
        assertThat(driver.findElement(By.cssSelector(".side-by-side")).getText())
                .contains("The query")
                .contains("The listed name");
        assertThat(driver.findElement(By.cssSelector("section[aria-labelledby=evidence]"))
                        .getText())
                .contains("date of birth")
                .contains("agrees")
                .contains("+0.06");
        screenshot("explain-kim-jong-un");
    }

    @Test
    void scanningTheSeedArticleHighlightsItsListedParties() throws IOException {
        String article = Files.readString(SharedData.require("seed/article-nl.txt"));
        driver.get(base + "/scan");
        WebElement text = driver.findElement(By.id("scan-text"));
        // A paste: the whole text arrives at once.
        driver.executeScript(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                text,
                article);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("scan-text-lang"))).selectByValue("nl");
        text.findElement(By.xpath("ancestor::form//button[@type='submit']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".scan-doc")));
        List<WebElement> marks = driver.findElements(By.cssSelector(".scan-doc a.mark"));
        List<String> marked = marks.stream().map(WebElement::getText).toList();
        assertThat(marked).contains("Kim Jong Un", "Poetin");
        for (WebElement m : marks) {
            assertThat(m.getCssValue("background-color"))
                    .as("highlight of " + m.getText())
                    .isNotIn("rgba(0, 0, 0, 0)", "transparent");
        }
        WebElement kim = marks.stream()
                .filter(m -> m.getText().equals("Kim Jong Un"))
                .findFirst()
                .orElseThrow();
        assertThat(kim.getDomAttribute("class")).matches("mark band-(strong|medium|weak)");
        // On focus the hit's details show beside the text and in the tip.
        driver.executeScript("arguments[0].focus();", kim);
        String tipId = kim.getDomAttribute("aria-describedby");
        WebElement tip = driver.findElement(By.id(tipId));
        waiting().until(ExpectedConditions.visibilityOf(tip));
        assertThat(tip.getText()).contains(KIM);
        String detailId = kim.getDomAttribute("href").substring(1);
        assertThat(driver.findElement(By.id(detailId)).getDomAttribute("class")).contains("current");
        assertThat(driver.findElement(By.id(detailId)).getText()).contains("KIM, Jong Un");
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Jurisdictions")
                .contains("Identifiers")
                .contains("Who says what")
                .contains("(KP)");
        screenshot("scan-article-nl");
    }

    @Test
    void theSkipLinkIsTheFirstStopAndLeadsToTheContent() {
        driver.get(base + "/lists");
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(skip.getLocation().getY())
                .as("the focused skip link is on screen")
                .isGreaterThanOrEqualTo(0);
        assertThat(skip.getCssValue("outline-style")).isNotEqualTo("none");
        skip.sendKeys(Keys.ENTER);
        waiting().until(d -> "main".equals(d.switchTo().activeElement().getDomAttribute("id")));
    }

    @Test
    void aSearchByKeyboardAlone() {
        driver.get(base + "/");
        markPage();
        WebElement box = driver.switchTo().activeElement();
        assertThat(box.getDomAttribute("id"))
                .as("the search box has the focus on arrival")
                .isEqualTo("q");
        // A name several lists carry, so that there is a second hit to move to.
        box.sendKeys("Kim Yong Chol");
        waiting().until(d -> hitHrefs().size() >= 2);
        String first = hitHrefs().getFirst();

        // Tab from the box reaches the first hit: through the button and the filters, nothing else.
        WebElement focused = box;
        int presses = 0;
        while (!"hit-name".equals(focused.getDomAttribute("class")) && presses < 12) {
            focused.sendKeys(Keys.TAB);
            focused = driver.switchTo().activeElement();
            presses++;
        }
        assertThat(focused.getDomAttribute("class"))
                .as("after " + presses + " Tab presses")
                .isEqualTo("hit-name");
        assertThat(presses).isLessThanOrEqualTo(4);
        assertThat(focused.getDomAttribute("href")).isEqualTo(first);
        assertThat(focused.getCssValue("outline-style")).as("a visible focus").isNotEqualTo("none");
        screenshot("keyboard-focus-on-hit");

        // Arrow keys move between the box and the hits; Escape goes back to the box.
        focused.sendKeys(Keys.ARROW_DOWN);
        WebElement second = driver.switchTo().activeElement();
        assertThat(second.getDomAttribute("href")).isEqualTo(hitHrefs().get(1));
        second.sendKeys(Keys.ARROW_UP);
        assertThat(driver.switchTo().activeElement().getDomAttribute("href")).isEqualTo(first);
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("q");
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        WebElement hit = driver.switchTo().activeElement();
        assertThat(hit.getDomAttribute("href")).isEqualTo(first);
        assertThat(samePage()).isTrue();

        hit.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains(first));
        String id = URLDecoder.decode(first.substring("/entity/".length()), StandardCharsets.UTF_8);
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo(TestServers.realLists()
                        .entity(id)
                        .orElseThrow()
                        .primaryName()
                        .full());
    }

    @Test
    void atPhoneWidthNoPageScrollsSideways() {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        Entity longest = TestServers.realLists().report().entities().stream()
                .filter(e -> !e.identifiers().isEmpty())
                .max(Comparator.comparingInt((Entity e) -> e.identifiers().stream()
                                .mapToInt(i -> i.value().length())
                                .max()
                                .orElse(0))
                        .thenComparing(Entity::id, Comparator.reverseOrder()))
                .orElseThrow();
        assertThat(longest.identifiers().stream()
                        .map(Identifier::value)
                        .mapToInt(String::length)
                        .max()
                        .orElse(0))
                .as("an identifier too long for a phone's width")
                .isGreaterThan(30);
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("phone-search", "/?q=Kim+Jong+Un");
        pages.put("phone-entity", "/entity/" + KIM);
        pages.put("phone-entity-long-identifier", Markup.entityHref(longest.id()));
        pages.put("phone-explain", "/explain?q=%EA%B9%80%EC%A0%95%EC%9D%80&id=" + KIM + "&dob=1984-01-08");
        pages.put("phone-lists", "/lists");
        pages.put("phone-scan-form", "/scan");
        for (Map.Entry<String, String> p : pages.entrySet()) {
            driver.get(base + p.getValue());
            assertNoSidewaysScroll(p.getValue());
            screenshot(p.getKey());
        }
        // The scan of the seed article, with its table of claims and programs.
        driver.get(base + "/scan");
        driver.executeScript(
                "arguments[0].value = arguments[1];", driver.findElement(By.id("scan-text")), readArticle());
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".scan-doc")));
        assertNoSidewaysScroll("scan of the seed article");
        screenshot("phone-scan-article-nl");
    }

    private static String readArticle() {
        try {
            return Files.readString(SharedData.require("seed/article-nl.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNoSidewaysScroll(String what) {
        Number viewport = (Number) driver.executeScript("return window.innerWidth;");
        Number content = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
        assertThat(viewport.intValue()).as("viewport of " + what).isEqualTo(390);
        assertThat(content.intValue()).as("content width of " + what).isLessThanOrEqualTo(viewport.intValue());
        // Scrolling sideways moves nothing.
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(200, 0);");
        Number x = (Number) driver.executeScript("return window.scrollX;");
        assertThat(x.intValue()).as("sideways scroll of " + what).isZero();
        driver.executeScript("window.scrollTo(0, 0);");
    }

    /** Runs fetch() in the page, as a browser client of the API would, and gives the answer's text. */
    private static String fetch(String path, String method, String contentType, String body) {
        driver.get(base + "/lists");
        Object text = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const init = {method: arguments[1]};
                if (arguments[3] !== null) { init.body = arguments[3]; init.headers = {'Content-Type': arguments[2]}; }
                fetch(arguments[0], init).then(r => r.text().then(t => done(r.status + ' ' + t)))
                  .catch(e => done('failed ' + e));""", path, method, contentType, body);
        return String.valueOf(text);
    }

    @Test
    void yenteClientsGetTheirShapesFromTheBrowser() throws IOException {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        // The example of yente's documentation: a Person by name, birth date and nationality.
        String match = fetch("/match/default?algorithm=best", "POST", "application/json", """
                {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Kim Jong Un"],
                 "birthDate": ["1984-01-08"], "nationality": ["kp"]}}}}""");
        assertThat(match).startsWith("200 ");
        com.fasterxml.jackson.databind.JsonNode m =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(match.substring(4));
        assertThat(m.at("/responses/q1/status").asInt()).isEqualTo(200);
        // yente answers carry FtM ids: the listing id with a dot for the colon.
        assertThat(m.at("/responses/q1/results/0/id").asText()).isEqualTo("us-ofac-sdn.20157");
        assertThat(m.at("/responses/q1/results/0/match").asBoolean()).isTrue();
        assertThat(m.at("/responses/q1/results/0/schema").asText()).isEqualTo("Person");
        assertThat(m.at("/responses/q1/results/0/properties/name").toString()).contains("Jong Un");
        String search = fetch(
                "/search/default?q=" + java.net.URLEncoder.encode("김정은", java.nio.charset.StandardCharsets.UTF_8),
                "GET",
                null,
                null);
        assertThat(search).startsWith("200 ");
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(search.substring(4))
                        .at("/results/0/id")
                        .asText())
                .isEqualTo("us-ofac-sdn.20157");
    }

    @Test
    void openRefineReconciliationFromTheBrowserWithItsPreviewCard() throws IOException {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.get(base + "/reconcile");
        String manifest = driver.findElement(By.tagName("body")).getText();
        assertThat(manifest)
                .contains("\"versions\"")
                .contains("identifierSpace")
                .contains("preview");
        // The form post OpenRefine sends: a batch of queries with a property.
        String queries = "{\"q0\":{\"query\":\"Kim Jong Un\",\"type\":\"Person\",\"limit\":3,"
                + "\"properties\":[{\"pid\":\"country\",\"v\":\"KP\"}]}}";
        String answer = fetch(
                "/reconcile",
                "POST",
                "application/x-www-form-urlencoded",
                "queries=" + java.net.URLEncoder.encode(queries, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(answer).startsWith("200 ");
        com.fasterxml.jackson.databind.JsonNode r =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.substring(4));
        assertThat(r.at("/q0/result/0/id").asText()).isEqualTo(KIM);
        assertThat(r.at("/q0/result/0/match").asBoolean()).isTrue();
        driver.get(base + "/reconcile/preview?id=" + KIM);
        assertThat(driver.findElement(By.tagName("body")).getText())
                .contains("KIM, Jong Un")
                .contains("1984");
        screenshot("reconcile-preview-" + KIM.replace(':', '-'));
    }
}
