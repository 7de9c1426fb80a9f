package io.renshe.jurisdiction.yeji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.EffectiveItem;
import io.renshe.catalog.api.HandlingLevel;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.LevelDuty;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.Offering;
import io.renshe.catalog.core.internal.CatalogValidator;

/** The bundle as the platform's own loader reads it, with 六安市 and 安徽省. */
class YejiLoadedTest {

    static CatalogValidator validator;
    static EffectiveCatalog yeji;

    @BeforeAll
    static void load() throws IOException {
        validator = new CatalogValidator().folder(Paths.get("../anhui/src/main/catalog"))
                .folder(Paths.get("../lu-an/src/main/catalog")).folder(Paths.get("src/main/catalog"));
        yeji = validator.effective("341504");
    }

    @Test
    void validatesWithItsAncestors() {
        for (JurisdictionStatus status : validator.statuses()) {
            assertEquals(JurisdictionStatus.ACTIVE, status.status(), status.errors().toString());
        }
        assertEquals(List.of("341500", "340000"), yeji.ancestors());
        assertEquals(List.of("second-batch:26", "village-platform:18"), yeji.lists().stream()
                .map(l -> l.value().id() + ":" + l.value().entries().size()).sorted().toList());
    }

    @Test
    void whatTheVillageLevelMustDoForCardActivation() {
        ListEntry row = yeji.lists().stream().filter(l -> l.value().id().equals("village-platform")).findFirst()
                .orElseThrow().value().entries().stream().filter(e -> e.name().equals("社会保障卡启用")).findFirst().orElseThrow();
        assertEquals("1.10.2", row.item());
        LevelDuty village = row.levels().stream().filter(d -> d.level() == HandlingLevel.VILLAGE).findFirst().orElseThrow();
        assertEquals("受理持卡人启用申请，信息无误，在系统及时为其发卡激活。", village.duty());
        assertEquals(3, row.levels().size());
        assertEquals(List.of("信息中心"), row.units());

        EffectiveItem item = yeji.items().stream().filter(i -> "1.10.2".equals(i.item().code())).findFirst().orElseThrow();
        assertTrue(item.levels().contains(HandlingLevel.VILLAGE));
    }

    @Test
    void theDistrictReviewsAndTheLevelsAreStated() {
        List<ListEntry> rows = yeji.lists().stream().filter(l -> l.value().id().equals("village-platform")).findFirst()
                .orElseThrow().value().entries();
        for (ListEntry row : rows) {
            LevelDuty district = row.levels().get(0);
            assertEquals(HandlingLevel.DISTRICT, district.level());
            assertEquals(Integer.parseInt(row.seq()) <= 14 ? "review" : "accept", district.role(), "row " + row.seq());
            assertEquals(Map.of(), row.inferred(), "row " + row.seq() + " states every value");
        }
        // the handling levels of a row come from the levels it prints, so its offering names nothing inferred
        Offering activation = yeji.items().stream().flatMap(i -> i.offerings().stream())
                .filter(o -> o.container().equals("village-platform") && o.seq().equals("15")).findFirst().orElseThrow();
        assertEquals(List.of(HandlingLevel.DISTRICT, HandlingLevel.TOWN, HandlingLevel.VILLAGE), activation.levels());
        assertEquals(List.of(), activation.inferred());
        Offering transfer = yeji.items().stream().flatMap(i -> i.offerings().stream())
                .filter(o -> o.container().equals("village-platform") && o.seq().equals("7")).findFirst().orElseThrow();
        assertEquals(List.of(HandlingLevel.DISTRICT, HandlingLevel.TOWN), transfer.levels(), "row 7 prints no 村社 duty");
        // the second batch prints no levels: whatever the platform derives is marked so
        Offering secondBatch = yeji.items().stream().flatMap(i -> i.offerings().stream())
                .filter(o -> o.container().equals("second-batch") && o.seq().equals("24")).findFirst().orElseThrow();
        assertEquals(List.of("levels"), secondBatch.inferred());
    }

    @Test
    void secondBatchCategories() {
        long queries = yeji.lists().stream().filter(l -> l.value().id().equals("second-batch")).findFirst().orElseThrow()
                .value().entries().stream().filter(e -> "查询、打印类".equals(e.category())).count();
        assertEquals(20, queries);
    }
}
