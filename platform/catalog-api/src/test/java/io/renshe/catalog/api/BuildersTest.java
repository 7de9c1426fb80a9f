package io.renshe.catalog.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.time.TimeLimit;

/** The builders of the records with many components: defaults, every value set, and a copy with one change. */
class BuildersTest {

    private static final Limit IMMEDIATE = new Limit("即办", new TimeLimit("即办", TimeLimit.Kind.IMMEDIATE, 0, null));

    @Test
    void aValueNotSetIsNullFalseOrAnEmptyList() {
        ListEntry entry = ListEntry.builder().seq("1").name("社会保障卡申领").build();
        assertEquals("1", entry.seq());
        assertNull(entry.limit());
        assertFalse(entry.local());
        assertEquals(List.of(), entry.units());
        assertEquals(List.of(), entry.channels());
        assertEquals(List.of(), entry.levels());
        assertEquals(List.of(), OneThing.builder().build().items());
        assertEquals(List.of(), JurisdictionStatus.builder().id("341000").build().errors());
        assertEquals(ItemQuery.ALL, ItemQuery.builder().build());
        assertEquals(new ItemQuery(null, null, null, null, null, null), ItemQuery.ALL);
    }

    @Test
    void theBuilderGivesTheSameRecordAsTheConstructor() {
        ListEntry built = ListEntry.builder().seq("1").name("社会保障卡挂失和解挂").item("1.10.6").code("1.10.6")
                .units(List.of("信息中心")).channels(List.of(Channel.BANK)).limit(IMMEDIATE).applicants(List.of("个人"))
                .category("业务办理类").levels(List.of(new LevelDuty(HandlingLevel.VILLAGE, "受理", "accept")))
                .remarks("备注").original("原文").build();
        assertEquals(new ListEntry("1", "社会保障卡挂失和解挂", "1.10.6", false, "1.10.6", List.of("信息中心"),
                List.of(Channel.BANK), null, IMMEDIATE, null, null, List.of("个人"), "业务办理类",
                List.of(new LevelDuty(HandlingLevel.VILLAGE, "受理", "accept")), "备注", "原文"), built);
        assertEquals(built, built.toBuilder().build());

        Offering offering = Offering.builder().jurisdiction("341000").source("340000").kind("list").container("nearby")
                .title("就近办").seq("3").name("社会保障卡申领").levels(List.of(HandlingLevel.DISTRICT))
                .channels(List.of(Channel.WINDOW)).units(List.of("信息中心")).limit(IMMEDIATE).build();
        assertEquals(new Offering("341000", "340000", "list", "nearby", "就近办", "3", "社会保障卡申领",
                List.of(HandlingLevel.DISTRICT), List.of(Channel.WINDOW), List.of("信息中心"), IMMEDIATE, null, null), offering);
    }

    @Test
    void toBuilderCopiesWithOneChange() {
        JurisdictionStatus active = JurisdictionStatus.builder().id("341000").name("黄山市").level(Level.CITY).parent("340000")
                .bundle("io.renshe.jurisdiction.huangshan").version("1.0.0").status(JurisdictionStatus.ACTIVE).build();
        JurisdictionStatus upgraded = active.toBuilder().version("1.0.1").build();
        assertEquals("1.0.1", upgraded.version());
        assertEquals(active.toBuilder().version("1.0.1").build(), upgraded);
        assertEquals("黄山市", upgraded.name());
        Item item = Item.builder().id("测试").name("测试").local(true).build();
        assertEquals("341000", item.toBuilder().jurisdiction("341000").build().jurisdiction());
        ItemQuery query = ItemQuery.builder().channel(Channel.BANK).category(Category.QUERY).build();
        assertEquals(ApplicantType.PERSON, query.toBuilder().applicant(ApplicantType.PERSON).build().applicant());
        assertEquals(Category.QUERY, query.toBuilder().text("养老").build().category());
    }
}
