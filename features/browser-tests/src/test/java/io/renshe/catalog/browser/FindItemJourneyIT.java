package io.renshe.catalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A visitor finds where 社会保障卡申领 (1.10.1) is offered: Huangshan through partner bank outlets (000 annex 5, 就近办
 * no. 35) and online (000 annex 8, 线上办 no. 40, 1个工作日 in the card one-thing of 002), Yeji through its village
 * platform (004), Baiyin district at its window (003).
 */
@ExtendWith(PlatformExtension.class)
class FindItemJourneyIT {

    @Test
    void findWhereTheSocialSecurityCardIsApplied(Browser browser) throws Exception {
        browser.open("/");
        WebElement search = browser.find("#item-search");
        search.sendKeys("社会保障卡申领", Keys.ENTER);
        browser.awaitRoute("/items/社会保障卡申领");
        assertEquals("社会保障卡申领", browser.find("main h1").getText());
        assertTrue(browser.driver().getCurrentUrl().endsWith("#/items/%E7%A4%BE%E4%BC%9A%E4%BF%9D%E9%9A%9C%E5%8D%A1%E7%94%B3%E9%A2%86"),
                browser.driver().getCurrentUrl());
        assertEquals(List.of("341000", "341504", "620402").stream().sorted().toList(),
                browser.all("[data-jurisdiction]").stream().map(e -> e.getAttribute("data-jurisdiction")).sorted().toList());
        WebElement huangshan = browser.find("[data-jurisdiction='341000']");
        assertTrue(huangshan.getText().contains("黄山市"), huangshan.getText());
        assertTrue(huangshan.getText().contains("合作银行网点"), huangshan.getText());
        assertTrue(huangshan.getText().contains("线上办"), huangshan.getText());
        assertTrue(huangshan.getText().contains("1个工作日"), huangshan.getText());
        assertTrue(huangshan.getText().contains("“就近办”清单"), huangshan.getText());
        assertTrue(browser.find("[data-jurisdiction='341504']").getText().contains("村级服务平台"));
        assertTrue(browser.find("[data-jurisdiction='620402']").getText().contains("综合窗口"));
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshot("journey-find-item");

        // on to Huangshan's items, searched by the same name
        huangshan.findElement(org.openqa.selenium.By.cssSelector("h3 a")).click();
        browser.awaitRoute("/jurisdictions/341000?q=社会保障卡申领");
        assertEquals("黄山市", browser.find("main h1").getText());
        assertEquals("社会保障卡申领", browser.find("#f-q").getAttribute("value"));
        List<String> names = browser.texts(".cards .card h3 a");
        assertTrue(names.contains("社会保障卡申领"), names.toString());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void anAliasFindsTheSameItem(Browser browser) {
        browser.open("/items/社保卡申领");
        assertEquals("社会保障卡申领", browser.find("main h1").getText());
        assertTrue(browser.find("main").getText().contains("1.10.1"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void anUnknownItemIsSaidPlainly(Browser browser) {
        browser.open("/items/不存在的事项");
        String problem = browser.find(".problem").getText();
        assertTrue(problem.contains("没有找到"), problem);
        assertEquals("alert", browser.find(".problem").getAttribute("role"));
        assertEquals(List.of(), browser.unexpectedConsoleErrors(Pattern.compile("status of 404")));
    }

    @Test
    void filtersNarrowAJurisdictionsItems(Browser browser) {
        browser.open("/jurisdictions/341000");
        int all = browser.all(".cards .card").size();
        new org.openqa.selenium.support.ui.Select(browser.find("#f-channel")).selectByValue("bank");
        browser.find("form.filters button[type='submit']").click();
        browser.awaitRoute("/jurisdictions/341000?channel=bank");
        int bank = browser.all(".cards .card").size();
        assertTrue(bank > 0 && bank < all, bank + " of " + all);
        for (WebElement card : browser.all(".cards .card")) {
            assertTrue(card.getText().contains("合作银行网点"), card.getText());
        }
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void aOneThingShowsItsItemsMaterialsAndDueDates(Browser browser) throws Exception {
        browser.open("/jurisdictions/341000/one-things/card-one-thing-1");
        String page = browser.find("main").getText();
        assertTrue(page.contains("社会保障卡申领"), page);
        assertTrue(page.contains("本人身份证件"), page);
        assertTrue(page.contains("以今天"), page);
        List<String> due = browser.texts(".card .due");
        assertTrue(due.stream().anyMatch(d -> d.startsWith("预计") && d.contains("前办结")), due.toString());
        assertEquals(List.of(), browser.consoleErrors());
        browser.screenshot("one-thing-due");
    }

    @Test
    void thePageFitsAPhone(Browser browser) throws Exception {
        browser.resize(Browser.PHONE);
        try {
            for (String route : List.of("/", "/jurisdictions/341000", "/items/1.10.1", "/admin/jurisdictions")) {
                browser.open(route);
                Object overflow = browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(((Number) overflow).longValue() <= 0, "no sideways scrolling of the page on " + route + ": " + overflow);
            }
            browser.open("/jurisdictions/341000");
            browser.screenshot("phone-jurisdiction");
            browser.open("/items/1.10.1");
            browser.screenshot("phone-item");
        } finally {
            browser.resize(Browser.DESKTOP);
        }
        assertEquals(List.of(), browser.consoleErrors());
    }
}
