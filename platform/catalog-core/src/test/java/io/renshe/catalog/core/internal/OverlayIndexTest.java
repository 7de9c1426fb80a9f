package io.renshe.catalog.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.EffectiveCatalog.Sourced;
import io.renshe.catalog.api.EffectiveItem;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.ItemQuery;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.Offering;
import io.renshe.catalog.api.OrphanedChange;
import io.renshe.catalog.api.Provenance;
import io.renshe.catalog.api.Unit;
import io.renshe.catalog.api.overlay.EntryCheck;
import io.renshe.catalog.api.overlay.EntryEdit;
import io.renshe.catalog.api.overlay.EntryError;
import io.renshe.catalog.api.overlay.EntryOverride;
import io.renshe.catalog.api.overlay.JurisdictionOverlay;
import io.renshe.catalog.api.overlay.ListVersions;
import io.renshe.catalog.api.overlay.UnitOverride;
import io.renshe.catalog.api.overlay.UnknownTargetException;

/**
 * The overlay model in the catalog: overlays applied on top of the bundles of 测试省 (990000), 测试市 (990100, list
 * nearby) and 测试区 (990102, its own village-platform and the city's nearby), shown by every read at once with their
 * provenance, rebuilt for the changed jurisdiction and those below it only, orphaned and not applied when their target
 * is gone, and checked as a bundle's entries are.
 */
class OverlayIndexTest {

    static final Instant AT = Instant.parse("2026-11-28T08:00:00Z");

    private final JurisdictionCatalogs catalogs = new JurisdictionCatalogs(Fixtures.engine(),
            new JarValidation(Fixtures.engine()));

    @BeforeEach
    void deployTheFixtures() throws IOException {
        catalogs.apply(Map.of(1L, Fixtures.parse("valid/province", 1), 2L, Fixtures.parse("valid/city", 2),
                3L, Fixtures.parse("valid/district", 3)), Set.of());
    }

    static Provenance change(String jurisdiction, long id) {
        return Provenance.ofChange(jurisdiction, id, "office-" + jurisdiction, AT.plusSeconds(id), "reason " + id);
    }

    static Map<String, Object> entry(Object... fieldsAndValues) {
        Map<String, Object> entry = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            entry.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return entry;
    }

    /** The city's overlay: seq 1 of nearby faster (change 11), seq 2 hidden (12), a new seq 9 (13), a unit (14). */
    static JurisdictionOverlay cityOverlay() {
        return new JurisdictionOverlay("990100", List.of(
                new EntryOverride("nearby", "1", entry("seq", 1, "name", "社会保障卡挂失和解挂", "units", List.of("市信息中心"),
                        "channels", List.of("bank", "community", "online"), "limit", "即办"), true, change("990100", 11)),
                new EntryOverride("nearby", "2", null, true, change("990100", 12)),
                new EntryOverride("nearby", "9", entry("seq", 9, "name", "社会保障卡申领", "units", List.of("市就业中心"),
                        "channels", List.of("window"), "limit", "5个工作日"), false, change("990100", 13))),
                List.of(new UnitOverride(new Unit("市就业中心", List.of(), "center", null), change("990100", 14))));
    }

    private ItemList list(String jurisdiction, String id) {
        return sourced(jurisdiction, id).value();
    }

    private Sourced<ItemList> sourced(String jurisdiction, String id) {
        return catalogs.catalog(jurisdiction).orElseThrow().lists().stream().filter(l -> l.value().id().equals(id))
                .findFirst().orElseThrow();
    }

    private static ListEntry seq(ItemList list, String seq) {
        return list.entries().stream().filter(e -> e.seq().equals(seq)).findFirst().orElse(null);
    }

    @Test
    void anOverlayIsServedAtOnceByEveryReadOfItsJurisdictionAndThoseBelow() {
        String before = ListVersions.of(sourced("990100", "nearby"));
        catalogs.apply(List.of(cityOverlay()));

        ItemList nearby = list("990100", "nearby");
        assertEquals(List.of("1", "3", "9"), nearby.entries().stream().map(ListEntry::seq).toList(),
                "seq 1 in its place, seq 2 hidden, seq 9 added at the end");
        ListEntry faster = seq(nearby, "1");
        assertEquals("即办", faster.limit().text());
        assertEquals(Provenance.ofChange("990100", 11, "office-990100", AT.plusSeconds(11), "reason 11"),
                faster.provenance());
        assertNull(seq(nearby, "3").provenance(), "an entry no change touched is the bundle's");
        assertEquals("1.10.1", seq(nearby, "9").item(), "the added entry is the core item 社会保障卡申领");
        assertFalse(ListVersions.of(sourced("990100", "nearby")).equals(before), "the list's version changed");

        // the district inherits the city's list as the city's office left it
        ItemList inherited = list("990102", "nearby");
        assertEquals(List.of("1", "3", "9"), inherited.entries().stream().map(ListEntry::seq).toList());
        assertEquals(11L, seq(inherited, "1").provenance().overlay());

        // every query: items with their offerings, where an item is offered, comparisons, units
        EffectiveItem card = catalogs.items("990100", ItemQuery.ALL).orElseThrow().stream()
                .filter(i -> i.item().id().equals("1.10.1")).findFirst().orElseThrow();
        Offering added = card.offerings().stream().filter(o -> "nearby".equals(o.container())).findFirst().orElseThrow();
        assertEquals("9", added.seq());
        assertEquals("990100", added.source());
        assertEquals(13L, added.provenance().overlay());
        assertTrue(card.channels().contains(Channel.WINDOW));
        assertTrue(catalogs.offerings("1.10.1").orElseThrow().jurisdictions().stream()
                .anyMatch(j -> j.id().equals("990102") && j.limits().contains("5个工作日")));
        assertTrue(catalogs.items("990100", new ItemQuery(null, null, "市就业中心", null, null, null)).orElseThrow()
                .stream().anyMatch(i -> i.item().id().equals("1.10.1")), "the unit the overlay added is searchable");
        Sourced<Unit> unit = catalogs.catalog("990102").orElseThrow().units().stream()
                .filter(u -> u.value().name().equals("市就业中心")).findFirst().orElseThrow();
        assertTrue(unit.provenance().inherited());
        assertEquals(14L, unit.provenance().overlay());
        assertEquals("市就业中心", catalogs.unit("990102", "市就业中心").orElseThrow());
        assertTrue(catalogs.compare("990100", "990102").isPresent());
        assertEquals(List.of(), catalogs.jurisdiction("990100").orElseThrow().orphans());
    }

    @Test
    void anOverlayChangeRebuildsItsJurisdictionAndThoseBelowOnly() throws IOException {
        EffectiveCatalog province = catalogs.catalog("990000").orElseThrow();
        EffectiveCatalog city = catalogs.catalog("990100").orElseThrow();
        catalogs.apply(List.of(new JurisdictionOverlay("990102", List.of(new EntryOverride("village-platform", "2", null,
                true, change("990102", 21))), List.of())));
        assertSame(province, catalogs.catalog("990000").orElseThrow(), "not rebuilt");
        assertSame(city, catalogs.catalog("990100").orElseThrow(), "not rebuilt");
        assertEquals(List.of("1"), list("990102", "village-platform").entries().stream().map(ListEntry::seq).toList());

        EffectiveCatalog district = catalogs.catalog("990102").orElseThrow();
        catalogs.apply(List.of(cityOverlay()));
        assertSame(province, catalogs.catalog("990000").orElseThrow());
        assertNotSame(district, catalogs.catalog("990102").orElseThrow(), "below the city: rebuilt");
        assertEquals(List.of("1"), list("990102", "village-platform").entries().stream().map(ListEntry::seq).toList(),
                "and the district's own overlay is still applied");

        // a redeploy of a bundle keeps every overlay
        catalogs.apply(Map.of(2L, Fixtures.parse("valid/city", 2)), Set.of());
        assertEquals("即办", seq(list("990100", "nearby"), "1").limit().text());
        assertEquals(List.of("1"), list("990102", "village-platform").entries().stream().map(ListEntry::seq).toList());

        // an empty overlay takes the jurisdiction's away
        catalogs.apply(List.of(new JurisdictionOverlay("990100", List.of(), List.of())));
        assertEquals("即时办结", seq(list("990100", "nearby"), "1").limit().text());
        assertNull(seq(list("990100", "nearby"), "1").provenance());
        catalogs.clear();
        assertEquals(List.of("1", "2"), list("990102", "village-platform").entries().stream().map(ListEntry::seq).toList());
    }

    @Test
    void whatNoLongerAppliesIsOrphanedKeptAndAppliedAgainWhenItsTargetIsBack() throws IOException {
        catalogs.apply(List.of(cityOverlay(), new JurisdictionOverlay("990100", List.of(), List.of())));
        catalogs.apply(List.of(new JurisdictionOverlay("990100", List.of(
                new EntryOverride("nearby", "3", entry("seq", 3, "name", "城乡居保参保信息查询", "units", "省人社厅",
                        "channels", List.of("online"), "limit", "即办"), true, change("990100", 31)),
                new EntryOverride("nearby", "2", null, true, change("990100", 32)),
                new EntryOverride("nearby", "8", entry("seq", 8, "name", "测试本地事项", "limit", "即办"), false,
                        change("990100", 33)),
                new EntryOverride("gone-list", "1", null, true, change("990100", 34))),
                List.of(new UnitOverride(new Unit("市医保局", List.of(), "external", "市医疗保障局"), change("990100", 35))))));
        assertEquals(List.of(new OrphanedChange(34, "gone-list", "1", "the list gone-list is not in the catalog any more"),
                new OrphanedChange(35, null, "市医保局", "the unit '市医保局' is declared by a bundle now")),
                catalogs.jurisdiction("990100").orElseThrow().orphans());

        // version 2 of the city's bundle has no entries 2 and 3 any more
        ParsedBundle smaller = Fixtures.parseTexts("test.valid.city", 2,
                "jurisdiction.yaml", new String(Fixtures.files(Fixtures.folder("valid/city")).get("jurisdiction.yaml"),
                        java.nio.charset.StandardCharsets.UTF_8),
                "nearby.yaml", """
                        schema: renshe-catalog/1
                        kind: list
                        id: nearby
                        title: “就近办”清单
                        type: 就近办
                        entries:
                          - {seq: 1, name: 社会保障卡挂失和解挂, units: [市信息中心], channels: [bank], limit: 即时办结}
                        """);
        catalogs.apply(Map.of(2L, smaller), Set.of());
        List<OrphanedChange> orphans = catalogs.jurisdiction("990100").orElseThrow().orphans();
        assertEquals(List.of(31L, 32L, 34L, 35L), orphans.stream().map(OrphanedChange::change).toList());
        assertEquals("the entry 3 is not in the list nearby any more", orphans.get(0).reason());
        assertEquals(List.of("1", "8"), list("990100", "nearby").entries().stream().map(ListEntry::seq).toList(),
                "the entry the office added stays; the replaced one is not brought back");

        catalogs.apply(Map.of(2L, Fixtures.parse("valid/city", 2)), Set.of());
        assertEquals(List.of(34L, 35L), catalogs.jurisdiction("990100").orElseThrow().orphans().stream()
                .map(OrphanedChange::change).toList(), "applied again once the entries are back");
        assertEquals("即办", seq(list("990100", "nearby"), "3").limit().text());
        assertNull(seq(list("990100", "nearby"), "2"));
    }

    @Test
    void anOverlayOfAJurisdictionNotDeployedIsKeptAndServedOnceItIs() throws IOException {
        catalogs.apply(Map.of(), Set.of(3L));
        catalogs.apply(List.of(new JurisdictionOverlay("990102", List.of(new EntryOverride("village-platform", "2", null,
                true, change("990102", 41))), List.of())));
        assertTrue(catalogs.catalog("990102").isEmpty());
        catalogs.apply(Map.of(3L, Fixtures.parse("valid/district", 3)), Set.of());
        assertEquals(List.of("1"), list("990102", "village-platform").entries().stream().map(ListEntry::seq).toList());
    }

    @Test
    void anEntryIsCheckedAsABundlesEntryIsWithEveryErrorAtItsPlace() {
        EntryCheck check = catalogs.check("990100", "nearby", List.of(
                EntryEdit.put("1", entry("seq", 1, "name", "社会保障卡挂失和解挂", "units", List.of("市信息中心", "没有的科"),
                        "channels", List.of("fax"), "limit", "尽快", "colour", "red")),
                EntryEdit.put("5", entry("seq", 6, "units", List.of("信息中心"))),
                EntryEdit.put("7", entry("name", "测试本地事项", "units", "市信息中心", "channels", List.of("window"),
                        "limit", "自受理材料起15个工作日内办结")),
                EntryEdit.hide("4"),
                EntryEdit.hide("7")));
        List<String> found = check.errors().stream().map(e -> e.edit() + " " + e.seq() + " " + e.pointer() + ": "
                + e.detail()).toList();
        assertTrue(found.contains("0 1 /channels/0: unknown channel 'fax' (window, bank, community, village, online or onsite)"),
                found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("0 1 /colour: unknown field 'colour' in a list entry")),
                found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("0 1 /limit: unparseable time limit '尽快'")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("1 5 /seq: the entry's seq 6 is not 5")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("1 5 /name: a list entry has no 'name'")), found.toString());
        assertTrue(found.contains("3 4 : the list nearby has no entry 4 to hide"), found.toString());
        assertTrue(found.contains("4 7 : the entry 7 is edited twice in this change"), found.toString());
        assertEquals(List.of(), check.errors().stream().filter(e -> e.edit() == 2).toList(), "the valid one");
        ListEntry valid = check.entries().get(2);
        assertEquals("7", valid.seq());
        assertTrue(valid.local());
        assertEquals(List.of("市信息中心"), valid.units());
        assertNull(check.entries().get(0));

        EntryCheck units = catalogs.check("990100", "nearby", List.of(EntryEdit.put("1", entry("name", "社会保障卡挂失和解挂",
                "units", List.of("市信息中心", "没有的科")))));
        assertEquals(List.of(new EntryError(0, "1", "/units/1", "unknown unit '没有的科': declare it under units of "
                + "jurisdiction.yaml of the bundle or of an ancestor, or add it to the jurisdiction first")), units.errors());

        assertThrows(UnknownTargetException.class, () -> catalogs.check("990100", "no-such-list", List.of()));
        assertThrows(UnknownTargetException.class, () -> catalogs.check("123456", "nearby", List.of()));
    }

    @Test
    void anEntryPutBackAsItIsReadsTheSame() {
        for (ListEntry served : list("990102", "village-platform").entries()) {
            EntryCheck check = catalogs.check("990102", "village-platform", List.of(EntryEdit.put(served.seq(),
                    io.renshe.catalog.api.overlay.EntryShape.of(served))));
            assertEquals(List.of(), check.errors());
            assertEquals(served, check.entries().get(0));
        }
    }

    @Test
    void aUnitIsCheckedAsABundlesUnitIs() {
        assertEquals(List.of(), catalogs.checkUnit("990102", new Unit("区就业服务中心", List.of("就业中心"), "center", null)));
        List<EntryError> errors = catalogs.checkUnit("990102", new Unit("信息中心", List.of("区社保中心"), "bureau", null));
        assertEquals(List.of("/aliases/0", "/name", "/type"), errors.stream().map(EntryError::pointer).sorted().toList(),
                errors.toString());
    }

    @Test
    void anEntryThatCannotBeReadAnyMoreIsOrphaned() {
        catalogs.apply(List.of(new JurisdictionOverlay("990100", List.of(new EntryOverride("nearby", "3",
                entry("seq", 3, "name", "城乡居保参保信息查询", "code", "9.9.9"), true, change("990100", 51))), List.of())));
        OrphanedChange orphan = catalogs.jurisdiction("990100").orElseThrow().orphans().get(0);
        assertEquals(51, orphan.change());
        assertTrue(orphan.reason().startsWith("the entry cannot be read any more: unknown item: national code 9.9.9"),
                orphan.reason());
        assertNull(seq(list("990100", "nearby"), "3").provenance(), "the bundle's entry is served");
    }
}
