package io.renshe.jurisdiction.baiyin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.BundleItem;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.Offering;
import io.renshe.catalog.api.OneThing;
import io.renshe.catalog.api.time.TimeLimit;
import io.renshe.catalog.core.internal.CatalogValidator;

/** The bundle as the platform's own loader reads it, with 白银市 and 甘肃省. */
class BaiyinLoadedTest {

    static CatalogValidator validator;
    static EffectiveCatalog baiyin;

    @BeforeAll
    static void load() throws IOException {
        validator = new CatalogValidator().folder(Paths.get("../gansu/src/main/catalog"))
                .folder(Paths.get("../baiyin-city/src/main/catalog")).folder(Paths.get("src/main/catalog"));
        baiyin = validator.effective("620402");
    }

    @Test
    void validatesWithItsAncestors() {
        for (JurisdictionStatus status : validator.statuses()) {
            assertEquals(JurisdictionStatus.ACTIVE, status.status(), status.errors().toString());
        }
        assertEquals(List.of("620400", "620000"), baiyin.ancestors());
        assertEquals(10, baiyin.bundleSets().get(0).value().bundles().size());
        assertEquals(25, baiyin.lists().get(0).value().entries().size());
    }

    @Test
    void theStartABusinessOneThing() {
        OneThing chuangye = baiyin.bundleSets().get(0).value().bundles().stream().filter(b -> b.name().equals("创业"))
                .findFirst().orElseThrow();
        assertEquals(15, chuangye.items().size());
        assertEquals("2.2.3", chuangye.items().get(0).code());
        assertEquals("创业开业指导", chuangye.items().get(0).name());
        assertEquals(List.of("就业服务中心"), chuangye.items().get(0).units());
        assertEquals("4.1.1", chuangye.items().get(14).code());
        assertEquals(List.of("劳动监察中队"), chuangye.items().get(14).units());
        assertEquals(TimeLimit.Kind.WORKING_DAYS, chuangye.limit().meaning().kind());
        assertEquals(20, chuangye.limit().meaning().amount());
        assertEquals(List.of("就业服务中心", "社保中心"), chuangye.lead());
        assertEquals(List.of("人才交流股", "劳动监察中队"), chuangye.co());
    }

    @Test
    void theApiTellsTheTruncatedCodeFromThePrintedOnes() {
        OneThing graduates = baiyin.bundleSets().get(0).value().bundles().get(3);
        assertEquals("高校毕业生就业（含灵活就业）", graduates.name());
        BundleItem registration = graduates.items().get(12);
        assertEquals("职工参保登记", registration.name());
        assertEquals("1.1.5", registration.item());
        assertEquals(List.of("code"), List.copyOf(registration.inferred().keySet()));
        assertEquals(Map.of(), graduates.items().get(13).inferred(), "⑭ prints its code 1.4.1");
        Offering offering = baiyin.items().stream().flatMap(i -> i.offerings().stream())
                .filter(o -> o.container().equals("graduate-employment") && o.seq().equals("13")).findFirst().orElseThrow();
        assertTrue(offering.inferred().contains("item"), offering.inferred().toString());
        assertFalse(offering.inferred().contains("units"), "⑬ prints its 承办: " + offering.inferred());
        OneThing card = baiyin.bundleSets().get(0).value().bundles().get(9);
        assertEquals("社会保障卡启用", card.items().get(1).name());
        assertEquals(List.of("社会保障卡银行账户激活"), card.items().get(1).includes());
    }

    @Test
    void whatWasAcceleratedFromWhatToWhat() {
        List<ListEntry> rows = baiyin.lists().get(0).value().entries();
        ListEntry transfer = rows.get(1);
        assertEquals("1.6.10", transfer.item());
        assertEquals("45个工作日", transfer.limitBefore().text());
        assertEquals("15个工作日", transfer.limitAfter().text());
        ListEntry subsidy = rows.get(6);
        assertEquals("1.8.9", subsidy.item());
        assertEquals(TimeLimit.Kind.MONTHS, subsidy.limitBefore().meaning().kind());
        assertEquals(3, subsidy.limitBefore().meaning().amount());
        assertEquals(20, subsidy.limitAfter().meaning().amount());
        ListEntry injury = rows.get(3);
        assertEquals("未提速", injury.limitAfter().text());
        assertEquals(TimeLimit.Kind.NOT_ACCELERATED, injury.limitAfter().meaning().kind());
    }
}
