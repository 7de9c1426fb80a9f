package io.renshe.catalog.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by the system's chromedriver (never a downloaded browser or driver), with the flags the
 * build machines need (no sandbox as root, no background networking) and a fresh profile folder. Reads the
 * browser's console log, so that a screen is known to load without errors, and takes screenshots.
 */
final class Browser implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    /** The page is mounted and no block is loading. */
    private static final String SETTLED = "return document.documentElement.getAttribute('data-console') === 'ready'"
            + " && !document.querySelector('[aria-busy=\"true\"]') && !!document.querySelector('main h1');";

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;
    private final Path screenshots;
    private int loads;

    private Browser(ChromeDriver driver, String base, Path profile, Path screenshots) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    /**
     * Starts Chromium, or fails with how to install it: a missing browser never skips the browser tests.
     */
    static Browser start(String base) throws IOException {
        Path chromium = Path.of(System.getProperty("renshe.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("renshe.chromedriver", "/usr/bin/chromedriver"));
        List<String> missing = new ArrayList<>();
        for (Path program : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(program)) {
                missing.add(program.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The browser tests need Chromium and its ChromeDriver, not found: "
                    + String.join(", ", missing) + ". On Debian or Ubuntu install them with "
                    + "'sudo apt-get install chromium chromium-driver' (.ci/run does this); elsewhere install Chromium "
                    + "or Chrome and the matching chromedriver and give their paths with "
                    + "-Drenshe.chromium=<browser> -Drenshe.chromedriver=<driver>.");
        }
        Path profile = Files.createTempDirectory("renshe-chromium-");
        Path screenshots = Path.of(System.getProperty("renshe.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP.getWidth() + "," + DESKTOP.getHeight());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        return new Browser(driver, base, profile, screenshots);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Loads the console page afresh at a route ({@code /items/1.10.1}), and waits until it has settled. */
    void open(String route) {
        driver.get(base + "/console/?load=" + (++loads) + "#" + route);
        settle();
    }

    /**
     * Signs in through the console's sign-in page as a user of the platform under test (anyone signed in before is
     * signed out first), and waits until the header names the user. The sign-in lasts for the tab (sessionStorage).
     */
    void signIn(Distribution.User user) {
        signOut();
        open("/sign-in");
        find("#signin-user").sendKeys(user.name());
        find("#signin-password").sendKeys(user.password());
        find("form.stack button[type='submit']").click();
        // checked by the platform and kept for the tab, then on to the next screen
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> texts("header .user").contains(user.name()) && Boolean.TRUE.equals(driver.executeScript(
                        "return !window.location.hash.startsWith('#/sign-in')"
                        + " && JSON.parse(window.sessionStorage.getItem('renshe.auth') || '{}').user === arguments[0];",
                        user.name())));
        settle();
    }

    /** Forgets whoever is signed in (the next load of the console is anonymous). */
    void signOut() {
        if (loads > 0) {
            driver.executeScript("window.sessionStorage.clear();");
        }
    }

    /** Goes to a route inside the loaded console, as a link would, and waits until it has settled. */
    void go(String route) {
        driver.executeScript("window.location.hash = arguments[0];", route);
        settle();
    }

    /**
     * Waits until the console shows a route starting with {@code prefix} (compared decoded: {@code /items/社会保障卡申领})
     * and has settled: after a click or a key that navigates, the old screen is still there for a moment.
     */
    void awaitRoute(String prefix) {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return decodeURIComponent(window.location.hash).startsWith('#' + arguments[0]);", prefix)));
        settle();
    }

    /** Waits until an element shows exactly this text (the page re-renders after a click), and answers it. */
    String awaitText(String css, String expected) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> expected.equals(d.findElement(By.cssSelector(css)).getText()));
        return expected;
    }

    void settle() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(SETTLED)));
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    List<String> texts(String css) {
        return all(css).stream().map(WebElement::getText).toList();
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Runs an async script: the last argument is the callback. */
    Object asyncScript(String script, Object... args) {
        return driver.executeAsyncScript(script, args);
    }

    /** The WCAG rules of the audit: WCAG 2.0 and 2.1, levels A and AA. */
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * What axe-core finds against {@link #WCAG} on the page as it is now: one line per rule broken, with the rule, its
     * impact, its help text and the first elements that break it. axe-core is read from its webjar on the test class
     * path and put into the page by the test, never by the console.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() throws IOException {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object';"))) {
            script(axeSource());
        }
        return (List<String>) asyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + " + v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.html).join(', '))))"
                + ".catch(e => done(['axe-core failed: ' + e]));", WCAG);
    }

    private static String axeSource;

    private static synchronized String axeSource() throws IOException {
        if (axeSource == null) {
            java.util.Properties pom = new java.util.Properties();
            try (java.io.InputStream in = Browser.class.getResourceAsStream(
                    "/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
                if (in == null) {
                    throw new IOException("axe-core's webjar is not on the test class path");
                }
                pom.load(in);
            }
            try (java.io.InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/"
                    + pom.getProperty("version") + "/axe.min.js")) {
                axeSource = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return axeSource;
    }

    /** The console's log entries of level SEVERE since the last call (errors, failed loads, CSP refusals). */
    List<String> consoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    /** The SEVERE entries since the last call that match none of the expected ones (e.g. a 422 the test provoked). */
    List<String> unexpectedConsoleErrors(Pattern... expected) {
        return consoleErrors().stream()
                .filter(message -> Stream.of(expected).noneMatch(p -> p.matcher(message).find()))
                .toList();
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /**
     * Audits the page against WCAG 2.1 A and AA ({@link #accessibilityViolations()}) and saves a screenshot of the whole
     * page as target/screenshots/{name}.png: every state of a screen that the tests show is audited.
     *
     * @throws AssertionError naming the rules broken, before any screenshot
     */
    Path screenshot(String name) throws IOException {
        List<String> violations = accessibilityViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError("WCAG 2.1 A and AA (axe-core) broken on " + name + ": " + violations);
        }
        Path file = screenshots.resolve(name + ".png");
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> paths = Files.walk(profile)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // a profile file still held: left in the temporary folder
            }
        }
    }
}
