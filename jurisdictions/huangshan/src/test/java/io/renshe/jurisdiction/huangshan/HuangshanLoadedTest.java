package io.renshe.jurisdiction.huangshan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.BundleItem;
import io.renshe.catalog.api.Channel;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.EffectiveItem;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.Offering;
import io.renshe.catalog.api.OneThing;
import io.renshe.catalog.api.OnlineAccess;
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

    private static ItemList list(String id) {
        return huangshan.lists().stream().filter(l -> l.value().id().equals(id)).findFirst().orElseThrow().value();
    }

    private static OneThing cardOneThing() {
        return huangshan.bundleSets().stream().filter(s -> s.value().id().equals("card-one-thing")).findFirst()
                .orElseThrow().value().bundles().get(0);
    }

    @Test
    void bothAddressesOfOnlineRows49And52() {
        for (int row : new int[] {49, 52}) {
            ListEntry entry = list("online").entries().get(row - 1);
            assertEquals(String.valueOf(row), entry.seq());
            assertEquals(List.of("http://si.12333.gov.cn", "http://hrss.ah.gov.cn/ggfwwt/"), entry.online().urls());
            assertEquals(List.of("微信", "支付宝"), entry.online().apps());
            assertNull(entry.remarks());
        }
        OnlineAccess row45 = list("online").entries().get(44).online();
        assertEquals(List.of("http://61.190.31.166:10005/wxsbsz_w/index.shtml"), row45.urls());
        assertEquals("hssrsjgsbxk@163.com", row45.email());
    }

    @Test
    void theApiTellsStatedFromInferred() {
        ListEntry transfer = list("nearby").entries().get(41);
        assertEquals("(工伤)转诊转院申请确认", transfer.name());
        assertEquals(List.of("units"), List.copyOf(transfer.inferred().keySet()));
        assertTrue(transfer.inferred().get("units").contains("工伤保险科"), transfer.inferred().toString());
        assertEquals(Map.of(), list("nearby").entries().get(42).inferred(), "row 43 prints its 工伤中心 label");
        Offering offering = offering("nearby", "42");
        assertEquals(List.of("levels", "units"), offering.inferred());
        // a row with a label: only the level, which no list of 000 prints, is derived
        assertEquals(List.of("levels"), offering("nearby", "43").inferred());
    }

    private static Offering offering(String container, String seq) {
        return huangshan.items().stream().flatMap(i -> i.offerings().stream())
                .filter(o -> o.container().equals(container) && o.seq().equals(seq)).findFirst().orElseThrow();
    }

    @Test
    void theCardOneThingStatesNoLeadAndNoUnitForItems3To8() {
        OneThing card = cardOneThing();
        assertEquals(List.of(), card.lead());
        assertEquals(List.of(), card.co());
        assertEquals(Map.of(), card.inferred());
        List<BundleItem> items = card.items();
        assertEquals(List.of("人力资源社会保障部门", "经办银行"), items.get(0).units());
        assertEquals(List.of("人力资源社会保障部门", "经办银行"), items.get(1).units());
        for (BundleItem item : items.subList(2, 8)) {
            assertEquals(List.of(), item.units(), item.name());
            assertEquals(Map.of(), item.inferred(), item.name());
        }
        // its offerings take no unit from anywhere: items 3-8 have none, items 1-2 their own
        Offering activation = offering("card-one-thing-1", "3");
        assertEquals(List.of(), activation.units());
        assertFalse(activation.inferred().contains("units"), activation.inferred().toString());
        assertFalse(offering("card-one-thing-1", "1").inferred().contains("units"));
    }

    @Test
    void thePensionAccountRuleConcernsItem8() {
        BundleItem item8 = cardOneThing().items().get(7);
        assertEquals("养老保险待遇发放账号维护申请", item8.name());
        assertEquals(List.of("根据待遇发放业务流程，每月1至15日选择变更发放账号业务的，变更的新卡号将于次月生效用于待遇发放，本月待遇仍将打至原卡。"),
                item8.rules());
        assertEquals(List.of(), cardOneThing().items().get(6).rules());
    }

    @Test
    void anItemOfA334OneThingTakesItsUnitsFromTheLeadAndSaysSo() {
        // 附件3 gives no per-item unit: the offering of 员工录用 ① 职工参保登记 shows the lead 征缴中心, marked inferred
        Offering hire = offering("one-things-1", "1");
        assertEquals(List.of("征缴中心"), hire.units());
        assertTrue(hire.inferred().contains("units"), hire.inferred().toString());
        assertTrue(hire.inferred().contains("levels"), hire.inferred().toString());
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
