package io.renshe.catalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

/**
 * A visitor applies for the card one-thing of 黄山市 (我要办理社会保障卡, docs/plugins.md "The card plug-in") in the
 * console and follows it: the one-thing's page offers 申请办理 because the card plug-in is installed; the pre-check
 * refuses 社会保障卡启用 to a person without a card with its reason, and passes 社会保障卡申领 alone; the application is
 * submitted with 本人身份证件 (the one material, asked once); the answer names the number and what to keep; the follow
 * page shows the application by its number and the last six characters of the ID number.
 */
@ExtendWith(PlatformExtension.class)
class ApplyJourneyIT {

    static final String PHONE = "13912345678";

    /** A visitor's submission of 社会保障卡申领 (and more items of the one-thing) in the browser, from the one-thing's page; answers the application number. */
    static String apply(Browser browser, String idNumber, boolean precheck, String... more) throws IOException {
        browser.signOut();
        browser.open("/jurisdictions/341000/one-things/card-one-thing-1");
        browser.find("#apply-link").click();
        browser.awaitRoute("/jurisdictions/341000/one-things/card-one-thing-1/apply");
        assertEquals("申请：我要办理社会保障卡", browser.find("main h1").getText());
        choose(browser, "社会保障卡申领");
        for (String item : more) {
            choose(browser, item);
        }
        browser.find("#ap-name").sendKeys("李华");
        browser.find("#ap-id").sendKeys(idNumber);
        browser.find("#ap-phone").sendKeys(PHONE);
        browser.find("#ap-address").sendKeys("安徽省黄山市屯溪区黄山西路1号");
        // the one material, asked once: 本人身份证件
        List<WebElement> files = browser.all("#apply-form input[type='file']");
        assertEquals(1, files.size());
        assertEquals("本人身份证件（必填）", browser.find("label[for='ap-m-0']").getText());
        files.get(0).sendKeys(identityCard().toString());
        browser.find("#ap-commitment").click();
        if (precheck) {
            // 启用 without a card: the pre-check says why, by item
            choose(browser, "社会保障卡启用");
            browser.find("#ap-check").click();
            List<String> reasons = waitForTexts(browser, "#ap-check-errors li");
            assertEquals(1, reasons.size(), reasons.toString());
            assertTrue(reasons.get(0).startsWith("社会保障卡启用："), reasons.toString());
            choose(browser, "社会保障卡启用");
            browser.find("#ap-check").click();
            browser.awaitText("#ap-eligible", "预判通过：符合办理条件，可以提交。");
        }
        browser.find("#ap-submit").click();
        String number = browser.find("#ap-number").getText();
        assertTrue(number.matches("341000-\\d{8}-\\d{6}"), number);
        assertEquals(idNumber.substring(12), browser.find("#ap-suffix").getText());
        assertFalse(browser.find("#ap-due").getText().isBlank());
        return number;
    }

    /** Looks an application up on the follow page, as its applicant. */
    static void follow(Browser browser, String number, String idNumber) {
        browser.open("/follow?number=" + number);
        assertEquals(number, browser.find("#fo-number").getAttribute("value"));
        browser.find("#fo-suffix").sendKeys(idNumber.substring(12));
        browser.find("#fo-search").click();
        browser.find("#follow-result");
        browser.settle();
    }

    /** Ticks or unticks an item of the application form by its name. */
    static void choose(Browser browser, String item) {
        browser.find("#apply-form");
        browser.script("[...document.querySelectorAll('#apply-form label.check')]"
                + ".find(l => l.textContent.trim() === arguments[0]).querySelector('input').click();", item);
    }

    static List<String> waitForTexts(Browser browser, String css) {
        browser.find(css);
        browser.settle();
        return browser.texts(css);
    }

    /** A small image file standing for a scanned ID card. */
    static Path identityCard() throws IOException {
        Path file = Path.of("target", "id-card.png").toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.write(file, "not really a PNG: a test material".getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /** Waits until the platform takes applications (its application tables open after the first answers). */
    static void awaitApplications(Platform platform) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String body = "{\"jurisdiction\":\"341000\",\"oneThing\":\"card-one-thing-1\",\"items\":[\"1.10.1\"],"
                + "\"applicant\":{\"name\":\"测试\",\"idNumber\":\"" + Fixtures.idNumber(999) + "\",\"phone\":\"" + PHONE
                + "\",\"address\":\"黄山市屯溪区\"},\"commitment\":true}";
        HttpResponse<String> answer;
        do {
            answer = platform.send(Distribution.HUANGSHAN, "POST", "/api/applications/check", body);
            if (answer.statusCode() == 200) {
                return;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the platform takes no applications: " + answer.statusCode() + " " + answer.body());
    }

    @Test
    void aVisitorAppliesForTheCardOneThingAndFollowsIt(Platform platform, Browser browser) throws Exception {
        awaitApplications(platform);
        String idNumber = Fixtures.idNumber(501);
        String number = apply(browser, idNumber, true);
        browser.screenshot("apply-done");
        browser.find("#ap-follow").click();
        browser.awaitRoute("/follow");
        browser.find("#fo-suffix").sendKeys(idNumber.substring(12));
        browser.find("#fo-search").click();
        browser.awaitText("#fo-state", "办理中");
        assertEquals(number, browser.find("#follow-result h2").getText());
        assertEquals(List.of("已提交，待受理"), browser.texts("#follow-result td.task-state"));
        assertTrue(browser.texts("#follow-result .history li").get(0).contains("提交申请"));
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshot("follow");

        // a wrong suffix is the same "not found" as an unknown number
        browser.open("/follow?number=" + number);
        browser.find("#fo-suffix").sendKeys("000000");
        browser.find("#fo-search").click();
        browser.awaitText("#follow-form + .async .problem p", "没有找到这件申请：请核对办件编号和身份证号码后六位。");
        assertEquals(List.of(), browser.unexpectedConsoleErrors(java.util.regex.Pattern.compile("status of 404")));
    }
}
