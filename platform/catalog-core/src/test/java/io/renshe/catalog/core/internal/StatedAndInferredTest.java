package io.renshe.catalog.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.BundleItem;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.Offering;
import io.renshe.catalog.api.OneThing;

/**
 * Several web addresses on one row, rules of a bundle item, and {@code inferred:}: the values a document does not
 * state, told apart from those it states, from the file to the offerings of the effective catalog.
 */
class StatedAndInferredTest {

    private static final String JURISDICTION = """
            schema: renshe-catalog/1
            kind: jurisdiction
            id: "990103"
            name: 推断区
            level: district
            parent: "990000"
            units:
              - {name: 信息中心, type: center}
              - {name: 工伤中心, type: center}
            """;

    private static final String LIST = """
            schema: renshe-catalog/1
            kind: list
            id: online
            title: 线上办
            type: 线上办
            entries:
              - seq: 1
                name: 失业保险金申领
                channels: [online]
                online:
                  url: ["http://si.12333.gov.cn", "http://hrss.ah.gov.cn/ggfwwt/"]
                  apps: [微信]
              - seq: 2
                name: （工伤）转诊转院申请确认
                units: [工伤中心]
                channels: [online]
                online: {url: "https://www.ahzfwf.gov.cn/"}
                inferred:
                  units: the 职能单位 cell is blank between two labels
            """;

    private static final String BUNDLES = """
            schema: renshe-catalog/1
            kind: bundles
            id: card
            title: 一件事
            type: 一件事联办
            bundles:
              - seq: 1
                name: 我要办理社会保障卡
                limit: 1个工作日
                items:
                  - {seq: 1, name: 社会保障卡申领, unit: 信息中心}
                  - seq: 2
                    name: 养老保险待遇发放账号维护申请
                    rules: ["每月1至15日选择变更发放账号业务的，变更的新卡号将于次月生效用于待遇发放。"]
                  - seq: 3
                    code: 1.10.2
                    name: 社会保障卡启用
                    inferred: {code: printed truncated}
              - seq: 2
                name: 带牵头单位
                lead: [信息中心]
                inferred: {lead: the document names no 牵头单位}
                items:
                  - {seq: 1, name: 社会保障卡注销}
            """;

    private static ParsedBundle parse(String list, String bundles) {
        return Fixtures.parseTexts("test.inferred", 7, "bundles.yaml", bundles, "jurisdiction.yaml", JURISDICTION,
                "online.yaml", list);
    }

    @Test
    void theFileSaysWhatIsInferredAndWhy() {
        ParsedBundle bundle = parse(LIST, BUNDLES);
        assertEquals(List.of(), bundle.errors());
        List<ListEntry> rows = bundle.catalog().lists().get(0).entries();
        assertEquals(List.of("http://si.12333.gov.cn", "http://hrss.ah.gov.cn/ggfwwt/"), rows.get(0).online().urls());
        assertEquals("http://si.12333.gov.cn", rows.get(0).online().url());
        assertEquals(Map.of(), rows.get(0).inferred());
        assertEquals(List.of("https://www.ahzfwf.gov.cn/"), rows.get(1).online().urls());
        assertEquals(Map.of("units", "the 职能单位 cell is blank between two labels"), rows.get(1).inferred());

        OneThing card = bundle.catalog().bundleSets().get(0).bundles().get(0);
        assertEquals(List.of(), card.lead());
        assertEquals(Map.of(), card.inferred());
        BundleItem account = card.items().get(1);
        assertEquals(List.of("每月1至15日选择变更发放账号业务的，变更的新卡号将于次月生效用于待遇发放。"), account.rules());
        assertEquals(List.of(), card.items().get(0).rules());
        assertEquals(Map.of("code", "printed truncated"), card.items().get(2).inferred());
        assertEquals(Map.of("lead", "the document names no 牵头单位"),
                bundle.catalog().bundleSets().get(0).bundles().get(1).inferred());
    }

    @Test
    void eachOfferingNamesWhatIsNotStatedForIt() throws IOException {
        CatalogIndex index = CatalogIndex.build(Fixtures.core(), List.of(Fixtures.parse("valid/province", 1),
                parse(LIST, BUNDLES)));
        EffectiveCatalog catalog = index.effective("990103").orElseThrow();
        Map<String, List<String>> inferred = new TreeMap<>();
        for (Offering o : catalog.items().stream().flatMap(i -> i.offerings().stream()).toList()) {
            inferred.put(o.container() + "#" + o.seq(), o.inferred());
        }
        // list rows print no levels (derived from the channels); row 2's unit is marked in the file
        assertEquals(List.of("levels"), inferred.get("online#1"));
        assertEquals(List.of("levels", "units"), inferred.get("online#2"));
        // bundle items: levels and channels are derived from the bundle; the limit is the bundle's
        assertEquals(List.of("levels", "channels", "limit"), inferred.get("card-1#1"));
        assertEquals(List.of("levels", "channels", "limit", "item"), inferred.get("card-1#3"));
        // an item with no unit of its own takes the lead's
        assertEquals(List.of("levels", "channels", "units"), inferred.get("card-2#1"));
        Offering noUnit = catalog.items().stream().flatMap(i -> i.offerings().stream())
                .filter(o -> o.container().equals("card-1") && o.seq().equals("2")).findFirst().orElseThrow();
        assertEquals(List.of(), noUnit.units(), "no lead, no unit: nothing is made up");
    }

    @Test
    void anInferredMarkNeedsItsFieldAndItsReason() {
        String list = LIST.replace("units: the 职能单位 cell is blank between two labels", "limit: 即办\n      category: \"\"");
        ParsedBundle bundle = parse(list, BUNDLES.replace("inferred: {code: printed truncated}",
                "inferred: {colour: red}"));
        List<String> errors = bundle.errors().stream().map(e -> e.file() + ":" + e.line() + ": " + e.reason()).toList();
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("bundles.yaml:18: unknown field 'colour' in the inferred values"), errors.toString());
        assertTrue(errors.contains("online.yaml:19: 'limit' is marked inferred but has no value here"), errors.toString());
        assertTrue(errors.contains("online.yaml:20: 'category' is empty"), errors.toString());
    }
}
