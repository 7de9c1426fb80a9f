package io.renshe.catalog.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.renshe.catalog.api.BundleSet;
import io.renshe.catalog.api.CatalogError;
import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.Level;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.OneThing;
import io.renshe.catalog.api.time.TimeLimit;

class CatalogParserTest {

    @Test
    void readsAValidBundle() throws IOException {
        ParsedBundle city = Fixtures.parse("valid/city", 2);
        assertEquals(List.of(), city.errors());
        assertEquals("990100", city.jurisdictionId());
        assertEquals("测试市", city.catalog().jurisdiction().name());
        assertEquals(Level.CITY, city.catalog().jurisdiction().level());
        assertEquals("990000", city.catalog().jurisdiction().parent());
        assertEquals("市医疗保障局", city.catalog().jurisdiction().units().get(1).department());

        ItemList nearby = city.catalog().lists().get(0);
        assertEquals("nearby", nearby.id());
        assertEquals("“就近办”清单", nearby.title());
        assertEquals("测人社〔2026〕1号", nearby.document().number());
        assertEquals("2026-01-05", nearby.document().date());
        assertEquals(3, nearby.entries().size());

        ListEntry card = nearby.entries().get(0);
        assertEquals("社会保障卡挂失和解挂", card.name());
        assertEquals("1.10.6", card.item(), "an alias of the national item is recognised");
        assertFalse(card.local());
        assertEquals(List.of(Channel.BANK, Channel.COMMUNITY, Channel.ONLINE), card.channels());
        assertEquals(TimeLimit.Kind.IMMEDIATE, card.limit().meaning().kind());

        ListEntry local = nearby.entries().get(1);
        assertTrue(local.local(), "an entry matching no catalogue item is local");
        assertEquals("测试本地事项", local.item());
        assertEquals(TimeLimit.Kind.WORKING_DAYS, local.limit().meaning().kind());
        assertEquals(15, local.limit().meaning().amount());

        ListEntry query = nearby.entries().get(2);
        assertEquals("城乡居民养老保险参保信息查询", query.item());
        assertEquals("http://example.invalid/", query.online().url());
        assertEquals(List.of("皖事通"), query.online().apps());

        BundleSet set = city.catalog().bundleSets().get(0);
        OneThing bundle = set.bundles().get(0);
        assertEquals("card", bundle.id());
        assertEquals(List.of("信息中心"), bundle.lead());
        assertEquals("1.10.1", bundle.items().get(0).item());
        assertTrue(bundle.items().get(1).local());
        assertEquals("2026-05-20", city.catalog().jurisdiction().holidays().get(0).date());
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenFixtureIsRejectedWithItsErrors() throws IOException {
        Path broken = Fixtures.folder("broken");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> cases = Files.list(broken)) {
            for (Path dir : cases.sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> checkBroken(dir)));
            }
        }
        assertTrue(tests.size() >= 10, "the broken fixtures are there");
        return tests.stream();
    }

    private static void checkBroken(Path dir) throws IOException {
        ParsedBundle province = Fixtures.parse("valid/province", 1);
        ParsedBundle candidate = Fixtures.parser().parse("test.broken", "1.0.0", 9, Fixtures.files(dir));
        CatalogIndex index = CatalogIndex.build(Fixtures.core(), List.of(province, candidate));
        JurisdictionStatus status = index.statuses().stream().filter(s -> s.bundle().equals("test.broken")).findFirst()
                .orElseThrow();
        assertEquals(JurisdictionStatus.REJECTED, status.status(), dir + " is rejected");
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        for (String line : expected) {
            String[] parts = line.split(":", 3);
            String file = parts[0];
            int number = Integer.parseInt(parts[1]);
            String reason = parts[2].strip();
            boolean found = status.errors().stream().anyMatch(e -> e.file().equals(file) && e.line() == number
                    && e.reason().startsWith(reason));
            assertTrue(found, dir.getFileName() + ": expected " + line + " among " + status.errors());
        }
        assertEquals(expected.size(), status.errors().size(), dir.getFileName() + ": exactly the expected errors, got "
                + status.errors());
        assertTrue(index.effective(status.id()).isEmpty(), "a rejected bundle serves nothing");
        assertEquals(JurisdictionStatus.ACTIVE, index.status("990000").orElseThrow().status(), "the parent keeps serving");
    }

    @Test
    void everyErrorNamesFileAndLine() throws IOException {
        ParsedBundle bad = Fixtures.parser().parse("x", "1", 1, Fixtures.files(Fixtures.folder("broken/bad-values")));
        for (CatalogError error : bad.errors()) {
            assertNotNull(error.file());
            assertTrue(error.line() > 0, error.toString());
            assertTrue(error.toString().startsWith("list.yaml:"), error.toString());
        }
    }

    @Test
    void aMissingParentIsRejectedAndComesBackWithIt() throws IOException {
        ParsedBundle city = Fixtures.parse("valid/city", 2);
        CatalogIndex alone = CatalogIndex.build(Fixtures.core(), List.of(city));
        JurisdictionStatus rejected = alone.status("990100").orElseThrow();
        assertEquals(JurisdictionStatus.REJECTED, rejected.status());
        assertTrue(rejected.errors().get(0).reason().startsWith("unknown parent 990000"), rejected.errors().toString());
        assertNull(alone.effective("990100").orElse(null));

        CatalogIndex both = CatalogIndex.build(Fixtures.core(), List.of(city, Fixtures.parse("valid/province", 1)));
        assertEquals(JurisdictionStatus.ACTIVE, both.status("990100").orElseThrow().status());
    }

    @Test
    void theSameJurisdictionTwiceKeepsTheFirst() throws IOException {
        ParsedBundle first = Fixtures.parse("valid/province", 1);
        ParsedBundle second = Fixtures.parser().parse("other", "2.0.0", 5, Fixtures.files(Fixtures.folder("valid/province")));
        CatalogIndex index = CatalogIndex.build(Fixtures.core(), List.of(second, first));
        assertEquals("test.valid.province", index.status("990000").orElseThrow().bundle());
        JurisdictionStatus duplicate = index.statuses().stream().filter(s -> s.bundle().equals("other")).findFirst().orElseThrow();
        assertEquals(JurisdictionStatus.REJECTED, duplicate.status());
        assertTrue(duplicate.errors().get(0).reason().contains("already provided by bundle test.valid.province"));
    }
}
