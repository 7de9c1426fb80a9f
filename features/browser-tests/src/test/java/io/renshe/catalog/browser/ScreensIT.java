package io.renshe.catalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every screen loads afresh in the browser with its heading, without a problem shown, without an error in the
 * browser's console and without a WCAG 2.1 A or AA rule broken (axe-core); a screenshot of each is left in
 * target/screenshots. Headings are those of the source documents
 * (000: Huangshan's lists; 002: the card one-thing; 004: Yeji's village list).
 */
@ExtendWith(PlatformExtension.class)
class ScreensIT {

    static Stream<Arguments> screens() {
        return Stream.of(
                Arguments.of("home", "/", "人社服务事项目录"),
                Arguments.of("jurisdiction-items", "/jurisdictions/341000", "黄山市"),
                Arguments.of("jurisdiction-items-filtered", "/jurisdictions/341504?channel=village&q=%E7%A4%BE%E4%BF%9D%E5%8D%A1", "叶集区"),
                Arguments.of("jurisdiction-lists", "/jurisdictions/341000/lists", "黄山市"),
                Arguments.of("jurisdiction-one-things", "/jurisdictions/620402/one-things", "白银区"),
                Arguments.of("list", "/jurisdictions/341504/lists/village-platform", "六安市叶集区社会保险村级服务平台服务事项责任清单"),
                Arguments.of("one-thing", "/jurisdictions/341000/one-things/card-one-thing-1", "我要办理社会保障卡"),
                Arguments.of("item", "/items/1.10.1", "社会保障卡申领"),
                Arguments.of("api", "/api", "接口说明"),
                Arguments.of("admin-jurisdictions", "/admin/jurisdictions", "辖区部署情况"),
                Arguments.of("admin-validate", "/admin/validate", "部署前校验目录包"),
                Arguments.of("admin-compare", "/admin/compare?a=341000&b=341504", "两个辖区对比"),
                Arguments.of("admin-events", "/admin/events", "事件日志"),
                Arguments.of("apply", "/jurisdictions/341000/one-things/card-one-thing-1/apply", "申请：我要办理社会保障卡"),
                Arguments.of("follow-empty", "/follow", "办件查询"),
                Arguments.of("sign-in", "/sign-in", "登录"),
                Arguments.of("not-found", "/no/such/screen", "没有这个页面"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void loadsWithoutConsoleErrors(String name, String route, String heading, Browser browser) throws Exception {
        browser.signOut();
        assertLoads(browser, name, route, heading);
    }

    private static void assertLoads(Browser browser, String name, String route, String heading) throws Exception {
        browser.open(route);
        browser.awaitText("main h1", heading);
        assertEquals(List.of(), browser.texts(".problem"), "no problem shown on " + route);
        assertEquals(List.of(), browser.consoleErrors(), "browser console of " + route);
        assertEquals("zh-CN", browser.script("return document.documentElement.lang;"));
        browser.screenshot(name); // audited first
    }

    /** The office's screens, as 叶集区's office signed in (the office's list is 004's village-platform list). */
    static Stream<Arguments> officeScreens() {
        return Stream.of(
                Arguments.of("office-home", "/office", "本级清单管理"),
                Arguments.of("office-list", "/office/341504/lists/village-platform", "六安市叶集区社会保险村级服务平台服务事项责任清单"),
                Arguments.of("office-changes", "/office/341504/changes", "叶集区的修改记录"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officeScreens")
    void officeScreensLoadWithoutConsoleErrors(String name, String route, String heading, Browser browser) throws Exception {
        browser.signIn(Distribution.YEJI);
        assertLoads(browser, name, route, heading);
        assertEquals(List.of(), unlabelledFields(browser), route);
        assertEquals(List.of("经办"), browser.texts("#nav-office"), "the office's screens are in the navigation");
        assertEquals(List.of(), browser.texts("#nav-admin"), "the administrator's are not");
        if (name.equals("office-list")) {
            // the entry form and the hide form, opened, label every field too
            browser.find("#entry-15 button.edit").click();
            browser.find("#entry-form #e-name");
            assertEquals(List.of(), unlabelledFields(browser), "the entry form");
            assertEquals(List.of(), browser.accessibilityViolations(), "the entry form");
            browser.screenshot("office-list-edit");
            browser.find("#entry-15 button.hide").click();
            browser.find("#hide-reason");
            assertEquals(List.of(), unlabelledFields(browser), "the hide form");
            assertEquals(List.of(), browser.accessibilityViolations(), "the hide form");
            browser.find("#add-entry").click();
            browser.find("#e-seq");
            assertEquals(List.of(), unlabelledFields(browser), "the new entry's form");
            assertEquals(List.of(), browser.accessibilityViolations(), "the new entry's form");
            assertEquals(List.of(), browser.consoleErrors());
        }
        browser.signOut();
    }

    /** The screens of the applications' flow that need a sign-in: the unit's queue (黄山市's office), the statistics. */
    static Stream<Arguments> signedInScreens() {
        return Stream.of(
                Arguments.of("unit-queue", "/unit?jurisdiction=341000", "待办任务", Distribution.HUANGSHAN),
                Arguments.of("admin-statistics-empty", "/admin/statistics?jurisdiction=620402", "办件统计", Distribution.ADMIN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("signedInScreens")
    void signedInScreensLoadWithoutConsoleErrors(String name, String route, String heading, Distribution.User user,
            Browser browser) throws Exception {
        browser.signIn(user);
        assertLoads(browser, name, route, heading);
        assertEquals(List.of(), unlabelledFields(browser), route);
        browser.signOut();
    }

    @Test
    void theEnglishSwitchTranslatesAndIsKept(Browser browser) throws Exception {
        browser.open("/jurisdictions/341000");
        browser.find("header button[lang='en']").click();
        browser.awaitText("#items-heading", "Items");
        assertEquals("en", browser.script("return document.documentElement.lang;"));
        assertTrue(browser.find("label[for='f-channel']").getText().contains("Channel"));
        browser.screenshot("jurisdiction-items-en");
        browser.open("/");
        assertEquals("HR & Social Security Service Catalog", browser.find("main h1").getText(), "kept across loads");
        browser.find("header button[lang='zh-CN']").click();
        browser.awaitText("main h1", "人社服务事项目录");
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** The audit of every screen finds what it looks for: a field without a label, low contrast, an image without text. */
    @Test
    void theAccessibilityAuditFindsBrokenRules(Browser browser) throws Exception {
        browser.signOut();
        browser.open("/");
        browser.awaitText("main h1", "人社服务事项目录");
        assertEquals(List.of(), browser.accessibilityViolations(), "the home screen as it is");
        browser.script("const m = document.querySelector('main');"
                + "m.insertAdjacentHTML('beforeend', '<input id=\"audit-field\" type=\"text\">"
                + "<p id=\"audit-faint\" style=\"color:#ccc;background:#fff\">浅色文字</p>"
                + "<img id=\"audit-image\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">');");
        List<String> found = browser.accessibilityViolations();
        assertTrue(found.stream().anyMatch(v -> v.startsWith("label (critical)") && v.contains("#audit-field")),
                found.toString());
        assertTrue(found.stream().anyMatch(v -> v.startsWith("color-contrast") && v.contains("#audit-faint")),
                found.toString());
        assertTrue(found.stream().anyMatch(v -> v.startsWith("image-alt") && v.contains("#audit-image")),
                found.toString());
    }

    @Test
    void everyFormFieldHasALabel(Browser browser) {
        browser.signOut();
        for (String route : List.of("/", "/jurisdictions/341000", "/admin/validate", "/admin/compare", "/admin/events", "/sign-in",
                "/follow", "/jurisdictions/341000/one-things/card-one-thing-1/apply")) {
            browser.open(route);
            assertEquals(List.of(), unlabelledFields(browser), route);
        }
    }

    private static Object unlabelledFields(Browser browser) {
        return browser.script("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(f => !(f.labels && f.labels.length) && !f.getAttribute('aria-label')).map(f => f.id || f.name || f.outerHTML);");
    }
}
