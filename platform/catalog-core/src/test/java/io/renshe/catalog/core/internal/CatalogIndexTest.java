package io.renshe.catalog.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.ApplicantType;
import io.renshe.catalog.api.Category;
import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.Comparison;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.EffectiveItem;
import io.renshe.catalog.api.HandlingLevel;
import io.renshe.catalog.api.ItemJurisdictions;
import io.renshe.catalog.api.ItemQuery;

class CatalogIndexTest {

    static CatalogIndex index;

    @BeforeAll
    static void build() throws IOException {
        index = CatalogIndex.build(Fixtures.core(), List.of(Fixtures.parse("valid/province", 1),
                Fixtures.parse("valid/city", 2), Fixtures.parse("valid/district", 3)));
    }

    @Test
    void allThreeAreActive() {
        assertEquals(List.of("990000", "990100", "990102"), index.statuses().stream().map(s -> s.id()).toList());
        index.statuses().forEach(s -> assertEquals("active", s.status(), s.toString()));
    }

    @Test
    void aChildInheritsListsAndUnitsWithProvenance() {
        EffectiveCatalog district = index.effective("990102").orElseThrow();
        assertEquals(List.of("990100", "990000"), district.ancestors());
        assertEquals(List.of("nearby", "village-platform"), district.lists().stream().map(l -> l.value().id()).toList());
        assertEquals("990100", district.lists().get(0).provenance().jurisdiction());
        assertTrue(district.lists().get(0).provenance().inherited());
        assertFalse(district.lists().get(1).provenance().inherited());
        assertTrue(district.bundleSets().isEmpty(), "the district hides the city's one-things");
        assertTrue(district.units().stream().anyMatch(u -> u.value().name().equals("省人社厅") && u.provenance().inherited()));
    }

    @Test
    void aHiddenItemIsNotOffered() {
        EffectiveCatalog district = index.effective("990102").orElseThrow();
        assertTrue(district.items().stream().noneMatch(i -> i.item().id().equals("城乡居民养老保险参保信息查询")));
        assertTrue(index.effective("990100").orElseThrow().items().stream()
                .anyMatch(i -> i.item().id().equals("城乡居民养老保险参保信息查询")));
    }

    @Test
    void itemsAreFilteredByLevelChannelUnitCategoryApplicantAndText() {
        List<EffectiveItem> village = index.items("990102", ItemQuery.builder().level(HandlingLevel.VILLAGE).build()).orElseThrow();
        assertTrue(village.stream().anyMatch(i -> i.item().code() != null && i.item().code().equals("1.10.2")), "启用 at village level");
        EffectiveItem activation = village.stream().filter(i -> "1.10.2".equals(i.item().code())).findFirst().orElseThrow();
        assertEquals(List.of(HandlingLevel.DISTRICT, HandlingLevel.TOWN, HandlingLevel.VILLAGE), activation.levels());

        List<EffectiveItem> bank = index.items("990100", ItemQuery.builder().channel(Channel.BANK).build()).orElseThrow();
        assertEquals(List.of("1.10.6"), bank.stream().map(i -> i.item().id()).toList());

        List<EffectiveItem> byAlias = index.items("990100", ItemQuery.builder().unit("市信息中心").build()).orElseThrow();
        assertTrue(byAlias.stream().anyMatch(i -> i.item().id().equals("1.10.6")), "a unit alias finds the unit's items");

        List<EffectiveItem> local = index.items("990100", ItemQuery.builder().category(Category.TRANSACTION)
                .applicant(ApplicantType.PERSON).text("本地").build()).orElseThrow();
        assertEquals(List.of("测试本地事项"), local.stream().map(i -> i.item().id()).toList());
        assertTrue(local.get(0).item().local());

        List<EffectiveItem> text = index.items("990100", ItemQuery.builder().text("挂失和解挂").build()).orElseThrow();
        assertEquals(1, text.size(), "the row's own wording finds the item");
    }

    @Test
    void offeringsAcrossJurisdictions() {
        ItemJurisdictions card = index.offerings("社会保障卡挂失与解挂").orElseThrow();
        assertEquals("1.10.6", card.item().code());
        assertEquals(List.of("990100", "990102"), card.jurisdictions().stream().map(ItemJurisdictions.Entry::id).toList());
        ItemJurisdictions.Entry district = card.jurisdictions().get(1);
        assertEquals(List.of("即时办结"), district.limits());
        assertTrue(district.channels().contains(Channel.WINDOW));
        assertTrue(district.channels().contains(Channel.BANK), "inherited from the city's list");
        assertTrue(index.offerings("no such item").isEmpty());
    }

    @Test
    void compareNamesWhatBothOfferAndHowTheyDiffer() {
        Comparison c = index.compare("990100", "990102").orElseThrow();
        assertTrue(c.onlyA().stream().anyMatch(i -> i.id().equals("城乡居民养老保险参保信息查询")));
        assertTrue(c.onlyB().stream().anyMatch(i -> "1.10.2".equals(i.code())));
        Comparison.Both card = c.both().stream().filter(b -> b.item().id().equals("1.10.6")).findFirst().orElseThrow();
        assertTrue(card.differences().stream().anyMatch(d -> d.aspect().equals("channel")), card.toString());
        assertTrue(index.compare("990100", "123456").isEmpty());
    }

    @Test
    void unitsResolveAsNamesCompare() {
        assertEquals("信息中心", index.unit("990100", "市信息中心").orElseThrow(), "an alias gives the unit's name");
        assertEquals("信息中心", index.unit("990100", " 市 信息中心 ").orElseThrow(), "spaces are ignored");
        assertEquals("省人社厅", index.unit("990102", "省人社厅").orElseThrow(), "an inherited unit");
        assertTrue(index.unit("990100", "区社保中心").isEmpty(), "a descendant's unit is not the city's");
        assertTrue(index.unit("123456", "信息中心").isEmpty());
        List<EffectiveItem> spaced = index.items("990100", ItemQuery.builder().unit("市 信息中心").build()).orElseThrow();
        assertEquals(index.items("990100", ItemQuery.builder().unit("信息中心").build()).orElseThrow(), spaced);
        assertTrue(spaced.stream().anyMatch(i -> i.item().id().equals("1.10.6")));
    }

    @Test
    void bracketsCompareAlikeInUnitNames() {
        ParsedBundle province = Fixtures.parseTexts("p", 1, "jurisdiction.yaml", """
                schema: renshe-catalog/1
                kind: jurisdiction
                id: "990000"
                name: 测试省
                level: province
                units:
                  - {name: 社会保险中心（省）, aliases: [社保中心 ]}
                """);
        CatalogIndex one = CatalogIndex.build(Fixtures.core(), List.of(province));
        assertEquals("社会保险中心（省）", one.unit("990000", "社会保险中心(省)").orElseThrow());
        assertEquals("社会保险中心（省）", one.unit("990000", "社保中心").orElseThrow());
    }

    /**
     * The province offers 社会保障卡申领 (1.10.1) in a list; the city hides it and also lists it itself; the district
     * lists it too. A level's hide takes out what it inherits from above, never its own rows nor its descendants'.
     */
    @Test
    void aLevelsHideTakesOutWhatItInheritsNotWhatItsDescendantsOffer() {
        String list = """
                schema: renshe-catalog/1
                kind: list
                id: %s
                title: 清单
                type: 就近办
                entries:
                  - {seq: 1, name: 社会保障卡申领, channels: [%s]}
                  - {seq: 2, name: 社会保障卡挂失与解挂, channels: [window]}
                """;
        ParsedBundle province = Fixtures.parseTexts("p", 1, "jurisdiction.yaml", """
                schema: renshe-catalog/1
                kind: jurisdiction
                id: "990000"
                name: 测试省
                level: province
                """, "province.yaml", list.formatted("province-list", "online"));
        ParsedBundle city = Fixtures.parseTexts("c", 2, "jurisdiction.yaml", """
                schema: renshe-catalog/1
                kind: jurisdiction
                id: "990100"
                name: 测试市
                level: city
                parent: "990000"
                hide: [1.10.1]
                """, "city.yaml", list.formatted("city-list", "bank"));
        ParsedBundle district = Fixtures.parseTexts("d", 3, "jurisdiction.yaml", """
                schema: renshe-catalog/1
                kind: jurisdiction
                id: "990102"
                name: 测试区
                level: district
                parent: "990100"
                """, "district.yaml", list.formatted("district-list", "community"));
        ParsedBundle quiet = Fixtures.parseTexts("q", 4, "jurisdiction.yaml", """
                schema: renshe-catalog/1
                kind: jurisdiction
                id: "990103"
                name: 安静区
                level: district
                parent: "990100"
                """);
        CatalogIndex all = CatalogIndex.build(Fixtures.core(), List.of(province, city, district, quiet));
        all.statuses().forEach(s -> assertEquals("active", s.status(), s.toString()));

        assertEquals(List.of("province-list"), sources(all, "990000", "1.10.1"));
        assertEquals(List.of("city-list"), sources(all, "990100", "1.10.1"), "the city's own row stays; the province's goes");
        assertEquals(List.of("city-list", "district-list"), sources(all, "990102", "1.10.1"),
                "the district keeps its own row and inherits the city's, not the province's");
        assertEquals(List.of(Channel.BANK, Channel.COMMUNITY),
                all.effective("990102").orElseThrow().items().stream().filter(i -> i.item().id().equals("1.10.1"))
                        .findFirst().orElseThrow().channels());
        assertEquals(List.of("city-list"), sources(all, "990103", "1.10.1"));
        assertEquals(List.of("province-list", "city-list", "district-list"), sources(all, "990102", "1.10.6"),
                "what nobody hides is offered from every level");
    }

    private static List<String> sources(CatalogIndex index, String jurisdiction, String item) {
        return index.effective(jurisdiction).orElseThrow().items().stream().filter(i -> i.item().id().equals(item))
                .flatMap(i -> i.offerings().stream()).map(o -> o.container()).toList();
    }
}
