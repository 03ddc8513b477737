package dev.embargo.server.review;

import static dev.embargo.server.review.ReviewServers.ALICE;
import static dev.embargo.server.review.ReviewServers.BOB;
import static dev.embargo.server.review.ReviewServers.SUE;
import static dev.embargo.server.review.ReviewServers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.embargo.server.EmbargoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review flow in a real headless Chromium, as an analyst works it: signing in with her key, moving through
 * the alert queue with j and k and opening an alert with Enter, reading the record and the listed party side
 * by side with the explanation, deciding with a reason and a comment, meeting someone else's decision first
 * (409, shown on the page), the record's page and the audit page's chain verification. Screenshots land in
 * target/screenshots/; a Content-Security-Policy violation fails the test that caused it.
 */
class ReviewBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static SystemOfRecord records;
    private static EmbargoServer server;
    private static ChromeDriver driver;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium)");
        assumeTrue(
                Files.isExecutable(CHROMEDRIVER),
                "skipped: no ChromeDriver at " + CHROMEDRIVER + " (apt-get install chromium-driver)");
        Path file = ReviewServers.portfolio(dir, 120, 5);
        records = ReviewServers.records(dir);
        server = ReviewServers.start(records, true);
        base = server.baseUrl();
        HttpResponse<String> r = as(server, SUE).post("/v1/portfolio", "text/csv", Files.readString(file));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
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
        signIn(ALICE);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (records != null) {
            records.close();
        }
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

    private static void signIn(String key) {
        driver.get(base + "/login?next=%2Falerts");
        driver.findElement(By.name("key")).sendKeys(key, Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/alerts"));
    }

    private static List<String> rowLinks() {
        return driver.findElements(By.cssSelector("#queue a.row-link")).stream()
                .map(a -> a.getDomAttribute("href"))
                .toList();
    }

    private static String focused() {
        return (String) driver.executeScript("return document.activeElement.getAttribute('href');");
    }

    @Test
    void anAnalystMovesThroughTheQueueByKeyboardAndClearsAnAlert() throws Exception {
        driver.get(base + "/alerts?state=open&sort=id&order=asc");
        List<String> links = rowLinks();
        assertThat(links).hasSizeGreaterThan(2);
        WebElement body = driver.findElement(By.tagName("body"));
        body.sendKeys("j");
        assertThat(focused()).isEqualTo(links.get(0));
        body = driver.switchTo().activeElement();
        body.sendKeys("j");
        body = driver.switchTo().activeElement();
        body.sendKeys("j");
        assertThat(focused()).isEqualTo(links.get(2));
        driver.switchTo().activeElement().sendKeys("k");
        assertThat(focused()).isEqualTo(links.get(1));
        screenshot("review-queue");
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.urlToBe(base + links.get(1)));

        String main = driver.findElement(By.tagName("main")).getText();
        assertThat(main).contains("The record", "The listed party", "The explanation when it was raised", "History");
        assertThat(driver.findElements(By.cssSelector("table.pairs tbody tr"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("ol.history")).getText()).contains("alert.raised");
        screenshot("review-alert");

        driver.findElement(By.cssSelector("input[name=action][value=clear]")).click();
        new Select(driver.findElement(By.name("reason")))
                .selectByVisibleText("name only: common name, no other fact agrees");
        driver.findElement(By.name("comment")).sendKeys("Different nationality and no date of birth in common.");
        driver.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("done=decided"));
        assertThat(driver.findElement(By.id("review-message")).getText()).contains("Your decision is recorded");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("cleared false positive");
        assertThat(driver.findElement(By.id("decisions"))
                        .findElement(By.xpath(".."))
                        .getText())
                .contains("alice", "name only: common name", "Different nationality");
        screenshot("review-decided");

        long id = Long.parseLong(links.get(1).substring("/alerts/".length()));
        JsonNode alert = JSON.readTree(as(server, BOB).get("/v1/alerts/" + id).body());
        assertThat(alert.get("state").asText()).isEqualTo("cleared_false_positive");
        assertThat(alert.at("/decisions/0/holder").asText()).isEqualTo("alice");
    }

    @Test
    void aDecisionOnAnAlertSomeoneElseDecidedMeanwhileIsRefusedOnThePage() throws Exception {
        driver.get(base + "/alerts?state=open&sort=id&order=desc");
        String link = rowLinks().getFirst();
        driver.get(base + link);
        // Bob decides while the page is open: the page's form names the version it was read at.
        long id = Long.parseLong(link.substring("/alerts/".length()));
        HttpResponse<String> bob = as(server, BOB)
                .postJson(
                        "/v1/alerts/" + id + "/decision",
                        "{\"action\":\"escalate\",\"reason\":\"needs a second opinion\",\"version\":0}");
        assertThat(bob.statusCode()).as(bob.body()).isEqualTo(200);
        driver.findElement(By.cssSelector("input[name=action][value=confirm]")).click();
        new Select(driver.findElement(By.name("reason"))).selectByVisibleText("same party: identity confirmed");
        driver.findElement(By.cssSelector("#decision-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("review-message")));
        assertThat(driver.findElement(By.id("review-message")).getText()).contains("changed since version 0");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("escalated");
        screenshot("review-conflict");
    }

    @Test
    void theRecordPageShowsItsAlertsAndScreeningsAndTheAuditPageVerifiesTheChain() {
        driver.get(base + "/alerts?sort=id&order=asc");
        driver.get(base + rowLinks().getFirst());
        driver.findElement(By.linkText("The record and its alerts")).click();
        waiting().until(ExpectedConditions.urlContains("/records/"));
        String main = driver.findElement(By.tagName("main")).getText();
        assertThat(main).contains("Alerts", "Screening history", "arrived", "import");
        screenshot("review-record");

        driver.findElement(By.linkText("Audit")).click();
        waiting().until(ExpectedConditions.urlContains("/audit"));
        driver.findElement(By.id("verify")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verification")));
        assertThat(driver.findElement(By.id("verification")).getText()).contains("The chain is intact");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("login", "alice");
        screenshot("review-audit");
    }
}
