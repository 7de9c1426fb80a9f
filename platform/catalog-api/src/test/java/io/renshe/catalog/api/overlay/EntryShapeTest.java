package io.renshe.catalog.api.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.EffectiveCatalog.Sourced;
import io.renshe.catalog.api.HandlingLevel;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.LevelDuty;
import io.renshe.catalog.api.Limit;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.OnlineAccess;
import io.renshe.catalog.api.Provenance;
import io.renshe.catalog.api.time.TimeLimit;

/** An entry in the file's shape, the version of a served list, and what If-Match names it. */
class EntryShapeTest {

    static final Limit FIVE_DAYS = new Limit("5个工作日", new TimeLimit("5个工作日", TimeLimit.Kind.WORKING_DAYS, 5, TimeLimit.Unit.WORKING_DAY));

    static final ListEntry CARD = ListEntry.builder().seq("15").name("社会保障卡启用").item("1.10.2").code("1.10.2")
            .units(List.of("信息中心")).channels(List.of(Channel.VILLAGE, Channel.ONLINE))
            .online(new OnlineAccess(List.of("http://hrss.ah.gov.cn/"), null, List.of("皖事通"))).limit(FIVE_DAYS)
            .levels(List.of(new LevelDuty(HandlingLevel.DISTRICT, "受理持卡人启用申请", "accept"),
                    new LevelDuty(HandlingLevel.VILLAGE, "受理", null)))
            .remarks("备注").inferred(Map.of("code", "printed 1.2")).build();

    @Test
    void anEntryIsWrittenAsAListFileWritesIt() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("seq", "15");
        expected.put("name", "社会保障卡启用");
        expected.put("code", "1.10.2");
        expected.put("item", "1.10.2");
        expected.put("units", List.of("信息中心"));
        expected.put("channels", List.of("village", "online"));
        expected.put("online", Map.of("url", "http://hrss.ah.gov.cn/", "apps", List.of("皖事通")));
        expected.put("limit", "5个工作日");
        expected.put("levels", Map.of("district", Map.of("duty", "受理持卡人启用申请", "role", "accept"),
                "village", Map.of("duty", "受理")));
        expected.put("remarks", "备注");
        expected.put("inferred", Map.of("code", "printed 1.2"));
        Map<String, Object> shape = EntryShape.of(CARD);
        assertEquals(expected, shape);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(shape.keySet()), "in the order of a file");
        assertFalse(EntryShape.of(CARD.toBuilder().local(true).item("本地事项").build()).containsKey("item"),
                "a local item is named by its name only");
        assertEquals(List.of("http://a.cn/", "http://b.cn/"), ((Map<?, ?>) EntryShape.of(CARD.toBuilder()
                .online(new OnlineAccess(List.of("http://a.cn/", "http://b.cn/"), null, List.of())).build())
                .get("online")).get("url"));
    }

    @Test
    void aListsVersionChangesWithWhatIsServedOfIt() {
        Provenance own = new Provenance("341504", false, false);
        Sourced<ItemList> list = new Sourced<>(ItemList.builder().id("village-platform").title("清单").type("责任清单")
                .entries(List.of(CARD)).source("341504").build(), own);
        String version = ListVersions.of(list);
        assertTrue(version.matches("[0-9a-f]{20}"), version);
        assertEquals(version, ListVersions.of(new Sourced<>(list.value().toBuilder().build(), own)), "a function of the value");
        ListEntry changed = CARD.toBuilder().limit(null).provenance(Provenance.ofChange("341504", 7, "yeji-office",
                Instant.parse("2026-11-28T08:00:00Z"), "提速")).build();
        assertNotEquals(version, ListVersions.of(new Sourced<>(list.value().toBuilder().entries(List.of(changed)).build(),
                own)));
        assertNotEquals(version, ListVersions.of(new Sourced<>(list.value(), own.asInherited())));
    }

    @Test
    void ifMatchNamesAVersionQuotedOrNot() {
        assertTrue(ListVersions.matches("\"0123456789abcdef0123\"", "0123456789abcdef0123"));
        assertTrue(ListVersions.matches("0123456789abcdef0123", "0123456789abcdef0123"));
        assertTrue(ListVersions.matches("W/\"0123456789abcdef0123\"", "0123456789abcdef0123"));
        assertTrue(ListVersions.matches("\"old\", \"0123456789abcdef0123\"", "0123456789abcdef0123"));
        assertFalse(ListVersions.matches("*", "0123456789abcdef0123"), "a change names the version it saw");
        assertFalse(ListVersions.matches("\"0123456789abcdef0124\"", "0123456789abcdef0123"));
        assertFalse(ListVersions.matches(null, "0123456789abcdef0123"));
    }

    @Test
    void anEditNamesItsEntry() {
        assertTrue(EntryEdit.hide("3").hides());
        assertFalse(EntryEdit.put("3", Map.of("name", "x")).hides());
        assertThrows(IllegalArgumentException.class, () -> EntryEdit.put("3", null));
        assertThrows(IllegalArgumentException.class, () -> EntryEdit.hide(" "));
        assertEquals("put-entry", ChangeAction.PUT_ENTRY.key());
        assertEquals(ChangeAction.RESTORE_ENTRY, ChangeAction.ofKey("restore-entry"));
    }
}
