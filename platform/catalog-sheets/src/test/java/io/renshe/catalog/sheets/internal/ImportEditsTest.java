package io.renshe.catalog.sheets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.overlay.EntryEdit;
import io.renshe.catalog.api.overlay.EntryError;
import io.renshe.catalog.rest.ProblemError;

/** An import's edits of the overlay, and the overlay's errors taken back to the rows and columns of the file. */
class ImportEditsTest {

    @Test
    void anUnchangedFileMakesNoEdit() {
        ItemList list = Localities.list(Localities.HUANGSHAN, "citywide");
        assertTrue(ImportEdits.of(SheetImportTest.plan(list, SheetImportTest.rows(list))).isEmpty());
    }

    @Test
    void changedRowsArePutInTheFilesShapeAndMissingRowsHidden() {
        ItemList list = Localities.list(Localities.HUANGSHAN, "citywide");
        List<List<String>> rows = SheetImportTest.rows(list);
        // 000 附件7 row 22: 城镇职工基本养老保险关系转移接续, 15个工作日; now 10个工作日
        SheetImportTest.row(rows, "22").set(5, "10个工作日");
        rows.remove(SheetImportTest.row(rows, "25"));
        ImportEdits edits = ImportEdits.of(SheetImportTest.plan(list, rows));
        assertEquals(2, edits.edits().size());
        EntryEdit put = edits.edits().get(0);
        assertEquals("22", put.seq());
        assertFalse(put.hides());
        assertEquals("10个工作日", put.entry().get("limit"));
        assertEquals("城镇职工基本养老保险关系转移接续", put.entry().get("name"));
        assertEquals(List.of("online"), put.entry().get("channels"));
        assertEquals(List.of("征缴中心"), put.entry().get("units"));
        assertEquals(EntryEdit.hide("25"), edits.edits().get(1));
    }

    @Test
    void aRenamedRowLosesItsItemReferenceAndItsOriginalText() {
        ItemList list = Localities.list(Localities.HUANGSHAN, "citywide");
        List<List<String>> rows = SheetImportTest.rows(list);
        SheetImportTest.row(rows, "1").set(1, "城乡居民养老保险参保信息查询");
        EntryEdit put = ImportEdits.of(SheetImportTest.plan(list, rows)).edits().get(0);
        assertEquals("城乡居民养老保险参保信息查询", put.entry().get("name"));
        assertNull(put.entry().get("item"), "the catalog matches the row again by its new name");
    }

    @Test
    void theOverlaysErrorsGoBackToTheirRowsAndColumns() {
        ItemList list = Localities.list(Localities.HUANGSHAN, "online");
        List<List<String>> rows = SheetImportTest.rows(list);
        // row 3 of the file (序号 2): a unit the jurisdiction does not have; row 4 (序号 3): another app
        SheetImportTest.row(rows, "2").set(2, "农村社会保险科、无此科室");
        SheetImportTest.row(rows, "3").set(4, "皖事通、掌上12333");
        rows.remove(SheetImportTest.row(rows, "67"));
        ImportEdits edits = ImportEdits.of(SheetImportTest.plan(list, rows));
        assertEquals(List.of("2", "3", "67"), edits.edits().stream().map(EntryEdit::seq).toList());
        assertEquals(List.of(
                ProblemError.inRow(3, "职能单位", "unknown unit '无此科室'"),
                ProblemError.inRow(4, "APP", "apps: too many"),
                ProblemError.inRow(4, "职能单位", "units: something"),
                ProblemError.inRow(4, null, "the entry as a whole"),
                new ProblemError("序号 67 (no row of the file names it, so the import hides it): locked", null, null,
                        null, null)),
                edits.errors(List.of(new EntryError(0, "2", "/units/1", "unknown unit '无此科室'"),
                        new EntryError(1, "3", "/online/apps/1", "apps: too many"),
                        new EntryError(1, "3", "/units", "units: something"),
                        new EntryError(1, "3", "", "the entry as a whole"),
                        new EntryError(2, "67", "", "locked"))));
    }

    @Test
    void pointersNameTheColumnThatHoldsTheirField() {
        Map<String, Object> entry = Map.of("channels", List.of("bank", "community", "online"));
        assertEquals("channels.community", ImportEdits.key("/channels/1", entry));
        assertEquals("name", ImportEdits.key("/code", entry));
        assertEquals("name", ImportEdits.key("/item", entry));
        assertEquals("levels", ImportEdits.key("/levels/town/role", entry));
        assertEquals("online", ImportEdits.key("/online/url/1", entry));
        assertEquals("online.apps", ImportEdits.key("/online/apps", entry));
        assertEquals("limitAfter", ImportEdits.key("/limitAfter", entry));
        assertNull(ImportEdits.key("", entry));
        assertNull(ImportEdits.key("/channels/7", entry));
    }
}
