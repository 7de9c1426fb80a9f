package io.renshe.catalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;

/**
 * What the reader sees when something goes wrong: plain Chinese words in an alert, a retry button, never a raw body
 * or a stack trace, never a blank page — for a wrong address, a wrong filter, a database that is down (503) and a
 * platform that cannot be reached.
 */
@ExtendWith(PlatformExtension.class)
class ErrorsIT {

    private static final Pattern STATUS = Pattern.compile("the server responded with a status of (400|404|503)");

    @Test
    void anUnknownJurisdiction(Browser browser) {
        browser.open("/jurisdictions/999999");
        WebElement problem = browser.find(".problem");
        assertEquals("alert", problem.getAttribute("role"));
        assertTrue(problem.getText().contains("没有找到"), problem.getText());
        assertPlain(problem.getText());
        assertEquals(List.of(), browser.unexpectedConsoleErrors(STATUS));
    }

    @Test
    void aFilterTheApiRefusesNamesTheField(Browser browser) {
        browser.open("/jurisdictions/341000?level=capital");
        WebElement problem = browser.find(".problem");
        assertTrue(problem.getText().contains("“办理层级”的值不正确"), problem.getText());
        assertTrue(problem.getText().contains("重试"), problem.getText());
        assertPlain(problem.getText());
        assertEquals(List.of(), browser.unexpectedConsoleErrors(STATUS));
    }

    @Test
    void aDatabaseThatIsDownIsSaidPlainlyAndRetryRecovers(Platform platform, Browser browser) throws Exception {
        String store = "org.ops4j.datasource-renshe.cfg";
        String original = platform.distribution().readConfiguration(store);
        try {
            // a JDBC URL that cannot work: the store closes the database and /api/health answers 503
            platform.distribution().writeConfiguration(store, original.replaceAll("(?m)^url\\s*=.*$",
                    "url = jdbc:derby:memory:nowhere;create=false"));
            await(platform, 503);
            browser.open("/admin/events");
            WebElement problem = browser.find(".problem");
            assertTrue(problem.getText().contains("服务暂时不可用"), problem.getText());
            assertPlain(problem.getText());
            browser.screenshot("error-database-down");
            browser.open("/admin/jurisdictions");
            assertTrue(browser.find(".health.down").getText().contains("数据库：不可用"), browser.find(".health").getText());
            assertFalse(browser.all("table.jurisdictions tbody tr").isEmpty(), "the catalog is still served");
        } finally {
            platform.distribution().writeConfiguration(store, original);
        }
        await(platform, 200);
        browser.open("/admin/events");
        assertTrue(browser.all(".problem").isEmpty());
        assertFalse(browser.all("table.events tbody tr").isEmpty());
        assertEquals(List.of(), browser.unexpectedConsoleErrors(STATUS));
    }

    @Test
    void aPlatformThatCannotBeReached(Browser browser) throws Exception {
        browser.open("/");
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        offline.setLatency(Duration.ZERO);
        browser.driver().setNetworkConditions(offline);
        try {
            browser.go("/admin/events");
            WebElement problem = browser.find(".problem");
            assertTrue(problem.getText().contains("连接不上平台"), problem.getText());
            assertPlain(problem.getText());
            browser.screenshot("error-offline");
        } finally {
            browser.driver().deleteNetworkConditions();
        }
        browser.find(".problem button").click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Browser.WAIT)
                .until(d -> browser.all(".problem").isEmpty() && !browser.all("table.events tbody tr").isEmpty());
        assertEquals(List.of(), browser.unexpectedConsoleErrors(Pattern.compile("ERR_INTERNET_DISCONNECTED|Failed to fetch")));
    }

    private static void assertPlain(String text) {
        for (String raw : List.of("Exception", "at io.", "at org.", "<html", "{\"", "HTTP ERROR")) {
            assertFalse(text.contains(raw), "no raw answer shown: " + text);
        }
    }

    private static void await(Platform platform, int status) throws Exception {
        long deadline = System.currentTimeMillis() + 30_000;
        int last = 0;
        while (System.currentTimeMillis() < deadline) {
            last = platform.get("/api/health").statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("/api/health answered " + last + ", not " + status);
    }
}
