package io.renshe.catalog.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
        List<EffectiveItem> village = index.items("990102", new ItemQuery(HandlingLevel.VILLAGE, null, null, null, null, null)).orElseThrow();
        assertTrue(village.stream().anyMatch(i -> i.item().code() != null && i.item().code().equals("1.10.2")), "启用 at village level");
        EffectiveItem activation = village.stream().filter(i -> "1.10.2".equals(i.item().code())).findFirst().orElseThrow();
        assertEquals(List.of(HandlingLevel.DISTRICT, HandlingLevel.TOWN, HandlingLevel.VILLAGE), activation.levels());

        List<EffectiveItem> bank = index.items("990100", new ItemQuery(null, Channel.BANK, null, null, null, null)).orElseThrow();
        assertEquals(List.of("1.10.6"), bank.stream().map(i -> i.item().id()).toList());

        List<EffectiveItem> byAlias = index.items("990100", new ItemQuery(null, null, "市信息中心", null, null, null)).orElseThrow();
        assertTrue(byAlias.stream().anyMatch(i -> i.item().id().equals("1.10.6")), "a unit alias finds the unit's items");

        List<EffectiveItem> local = index.items("990100", new ItemQuery(null, null, null, "业务办理类", "个人", "本地")).orElseThrow();
        assertEquals(List.of("测试本地事项"), local.stream().map(i -> i.item().id()).toList());
        assertTrue(local.get(0).item().local());

        List<EffectiveItem> text = index.items("990100", new ItemQuery(null, null, null, null, null, "挂失和解挂")).orElseThrow();
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
}
