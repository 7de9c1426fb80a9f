package io.renshe.catalog.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** The console works from the keyboard alone: skip to the content, search, and land on the new page's heading. */
@ExtendWith(PlatformExtension.class)
class KeyboardIT {

    @Test
    void skipSearchAndLandOnTheHeading(Browser browser) {
        browser.open("/");
        Actions keys = new Actions(browser.driver());
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("skip", browser.script("return document.activeElement.className;"));
        keys.sendKeys(Keys.ENTER).perform();
        assertEquals("main", browser.script("return document.activeElement.id;"));
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("item-search", browser.script("return document.activeElement.id;"));
        keys.sendKeys("1.10.1").sendKeys(Keys.ENTER).perform();
        browser.awaitRoute("/items/1.10.1");
        assertEquals("社会保障卡申领", browser.find("main h1").getText());
        assertEquals("H1", browser.script("return document.activeElement.tagName;"), "focus moves to the new page's heading");
        assertEquals(List.of(), browser.consoleErrors());
    }
}
