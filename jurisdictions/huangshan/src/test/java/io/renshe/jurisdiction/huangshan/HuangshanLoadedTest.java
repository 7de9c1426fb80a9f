package io.renshe.jurisdiction.huangshan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.EffectiveItem;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.core.internal.CatalogValidator;

/** The bundle as the platform's own loader reads it, with its parent 安徽省. */
class HuangshanLoadedTest {

    static CatalogValidator validator;
    static EffectiveCatalog huangshan;

    @BeforeAll
    static void load() throws IOException {
        validator = new CatalogValidator().folder(Paths.get("../anhui/src/main/catalog")).folder(Paths.get("src/main/catalog"));
        huangshan = validator.effective("341000");
    }

    @Test
    void validatesWithItsParent() {
        for (JurisdictionStatus status : validator.statuses()) {
            assertEquals(JurisdictionStatus.ACTIVE, status.status(), status.errors().toString());
        }
        assertEquals(List.of("340000"), huangshan.ancestors());
    }

    @Test
    void everyListWithItsCount() {
        assertEquals(List.of("citywide:25", "community:33", "nearby:54", "online:67"), huangshan.lists().stream()
                .map(l -> l.value().id() + ":" + l.value().entries().size()).sorted().toList());
        assertEquals(List.of("card-one-thing:1", "cross-department:8", "one-things:11"), huangshan.bundleSets().stream()
                .map(s -> s.value().id() + ":" + s.value().bundles().size()).sorted().toList());
        assertEquals(8, huangshan.bundleSets().stream().filter(s -> s.value().id().equals("card-one-thing")).findFirst()
                .orElseThrow().value().bundles().get(0).items().size());
        assertEquals(1, huangshan.arrangements().size());
    }

    @Test
    void whatCanBeDoneAtAPartnerBankOutlet() {
        Set<String> bank = huangshan.items().stream().filter(i -> i.channels().contains(Channel.BANK))
                .map(i -> i.item().name()).collect(Collectors.toSet());
        // annex 5 rows 1-8 and 15-19 tick 合作银行网点办; annex 7 rows 24-25 too
        assertTrue(bank.contains("城乡居民养老保险参保信息查询"), bank.toString());
        assertTrue(bank.contains("城乡居民养老保险待遇申请"));
        assertTrue(bank.contains("机关事业单位养老保险养老待遇信息查询"));
        assertTrue(bank.contains("企业退休职工养老保险待遇查询"));
        assertTrue(bank.contains("社会保障卡挂失与解挂"));
        assertTrue(bank.contains("社会保障卡密码修改与重置"));
        // annex 5 rows 9 and 10 are ticked for the community window only, or online
        assertFalse(bank.contains("城乡居民养老保险关键信息变更"));
        assertFalse(bank.contains("城乡居民养老保险补缴"));
    }

    @Test
    void theCitywideTransferIsOnlineWithFifteenWorkingDays() {
        ItemList citywide = huangshan.lists().stream().filter(l -> l.value().id().equals("citywide")).findFirst()
                .orElseThrow().value();
        ListEntry row22 = citywide.entries().get(21);
        assertEquals("22", row22.seq());
        assertEquals("城镇职工基本养老保险关系转移接续", row22.name());
        assertEquals(List.of(Channel.ONLINE), row22.channels());
        assertEquals("15个工作日", row22.limit().text());
        assertEquals(TimeLimit.Kind.WORKING_DAYS, row22.limit().meaning().kind());
        assertEquals(15, row22.limit().meaning().amount());
        ListEntry row24 = citywide.entries().get(23);
        assertEquals("社会保障卡挂失与解挂", row24.name());
        assertEquals(List.of("信息中心"), row24.units());
        assertEquals(TimeLimit.Kind.IMMEDIATE, row24.limit().meaning().kind());
    }

    @Test
    void theSameItemIsRecognisedAcrossItsLists() {
        EffectiveItem card = huangshan.items().stream().filter(i -> "1.10.1".equals(i.item().code())).findFirst().orElseThrow();
        assertEquals("社会保障卡申领", card.item().name());
        Set<String> where = card.offerings().stream().map(o -> o.container()).collect(Collectors.toSet());
        assertTrue(where.contains("one-things-1"), where.toString());
        assertTrue(where.contains("card-one-thing-1") || where.stream().anyMatch(w -> w.startsWith("card")), where.toString());
    }
}
