package io.renshe.catalog.overlay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.renshe.catalog.api.EffectiveCatalog.Sourced;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.OrphanedChange;
import io.renshe.catalog.api.Provenance;
import io.renshe.catalog.api.ServiceUnavailableException;
import io.renshe.catalog.api.Unit;
import io.renshe.catalog.api.overlay.Change;
import io.renshe.catalog.api.overlay.ChangeAction;
import io.renshe.catalog.api.overlay.ChangeConflictException;
import io.renshe.catalog.api.overlay.ChangeOutcome;
import io.renshe.catalog.api.overlay.ChangeRequest;
import io.renshe.catalog.api.overlay.EntryEdit;
import io.renshe.catalog.api.overlay.EntryError;
import io.renshe.catalog.api.overlay.EntryShape;
import io.renshe.catalog.api.overlay.InvalidChangeException;
import io.renshe.catalog.api.overlay.LockedFieldException;
import io.renshe.catalog.api.overlay.StaleVersionException;
import io.renshe.catalog.api.overlay.UnknownTargetException;
import io.renshe.catalog.api.overlay.VersionRequiredException;
import io.renshe.catalog.core.internal.JurisdictionCatalogs;
import io.renshe.catalog.core.internal.TestCatalogs;

/**
 * The overlay store over the real catalog of the shipped 安徽省, 六安市, 叶集区 and 黄山市 and a real embedded Derby
 * migrated with the overlay track: changes served at once, refused when stale, invalid or locked, orphaned when a new
 * bundle lost their entry, reverted (and a revert reverted), read back by a store that starts again.
 */
class OverlayStoreTest {

    static final Path JURISDICTIONS = Paths.get("../../jurisdictions");
    static final Path ANHUI = JURISDICTIONS.resolve("anhui/src/main/catalog");
    static final Path LU_AN = JURISDICTIONS.resolve("lu-an/src/main/catalog");
    static final Path YEJI = JURISDICTIONS.resolve("yeji-district/src/main/catalog");
    static final Path HUANGSHAN = JURISDICTIONS.resolve("huangshan/src/main/catalog");
    static final String LIST = "village-platform";
    static final AtomicInteger DATABASES = new AtomicInteger();

    /** A clock that moves a second at each reading. */
    static final class Ticking extends Clock {
        private Instant now = Instant.parse("2026-11-28T08:00:00Z");

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private String name;
    private EmbeddedDataSource database;
    private JurisdictionCatalogs catalogs;
    private OverlayStore store;

    @BeforeEach
    void aMigratedDatabaseAndTheShippedJurisdictions() throws Exception {
        name = "overlay-" + DATABASES.incrementAndGet();
        database = new EmbeddedDataSource();
        database.setDatabaseName("memory:" + name);
        database.setConnectionAttributes("create=true");
        migrate(database);
        catalogs = TestCatalogs.of(ANHUI, LU_AN, YEJI, HUANGSHAN);
        store = started(catalogs);
    }

    @AfterEach
    void dropTheDatabase() {
        store.deactivate();
        try {
            new EmbeddedDriver().connect("jdbc:derby:memory:" + name + ";drop=true", new Properties());
        } catch (SQLException dropped) {
            // 08006
        }
    }

    /** The overlay track as the bundle ships it. */
    static void migrate(EmbeddedDataSource database) throws IOException, SQLException {
        String script = Files.readString(Paths.get("src/main/resources/db/migrations/V1__overlay_changes.sql"),
                StandardCharsets.UTF_8);
        StringBuilder statement = new StringBuilder();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            for (String line : script.split("\n")) {
                if (line.strip().startsWith("--") || line.isBlank()) {
                    continue;
                }
                statement.append(line).append('\n');
                if (line.strip().endsWith(";")) {
                    String text = statement.toString().strip();
                    sql.execute(text.substring(0, text.length() - 1));
                    statement.setLength(0);
                }
            }
        }
    }

    private OverlayStore started(JurisdictionCatalogs catalog) {
        OverlayStore started = new OverlayStore(catalog, catalog, new Ticking(), 0);
        started.bindDatabase(database);
        started.load(database);
        return started;
    }

    private Sourced<ItemList> served(String jurisdiction, String list) {
        return catalogs.catalog(jurisdiction).orElseThrow().lists().stream().filter(l -> l.value().id().equals(list))
                .findFirst().orElseThrow();
    }

    private ListEntry entry(String jurisdiction, String list, String seq) {
        return served(jurisdiction, list).value().entries().stream().filter(e -> e.seq().equals(seq)).findFirst()
                .orElse(null);
    }

    private String version(String jurisdiction, String list) {
        return store.version(jurisdiction, list).orElseThrow();
    }

    /** Entry 15 of 叶集区's village-platform (社会保障卡启用) as served, with some fields changed. */
    private Map<String, Object> seq15(Object... fieldsAndValues) {
        Map<String, Object> shape = EntryShape.of(entry("341504", LIST, "15"));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            shape.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return shape;
    }

    private ChangeOutcome put(String seq, Map<String, Object> entry, String reason) {
        return store.change(new ChangeRequest("341504", LIST, "\"" + version("341504", LIST) + "\"", "yeji-office",
                reason, List.of(EntryEdit.put(seq, entry))));
    }

    @Test
    void anOfficesChangeIsWrittenWithWhoWhenWhyAndServedAtOnce() {
        String before = version("341504", LIST);
        ChangeOutcome outcome = put("15", seq15("channels", List.of("village", "online"), "remarks", "可在皖事通办理"),
                "村级平台开通线上办理");
        assertEquals(1, outcome.changes().size());
        Change change = outcome.changes().get(0);
        assertEquals(1, change.id());
        assertEquals(ChangeAction.PUT_ENTRY, change.action());
        assertEquals("yeji-office", change.by());
        assertEquals("村级平台开通线上办理", change.reason());
        assertEquals(List.of("village"), change.before().get("channels"));
        assertEquals(List.of("village", "online"), change.after().get("channels"));
        assertEquals("1.0.0", change.bundleVersion());

        ListEntry served = entry("341504", LIST, "15");
        assertEquals("可在皖事通办理", served.remarks());
        assertEquals(Provenance.ofChange("341504", 1, "yeji-office", change.at(), "村级平台开通线上办理"), served.provenance());
        assertEquals(outcome.version(), version("341504", LIST));
        assertNotEquals(before, outcome.version());
        assertTrue(catalogs.items("341504", new io.renshe.catalog.api.ItemQuery(null,
                io.renshe.catalog.api.Channel.ONLINE, null, null, null, null)).orElseThrow().stream()
                .anyMatch(i -> i.item().id().equals("1.10.2")), "every query shows it: 1.10.2 is online in 叶集区 now");

        // the same entry put again writes nothing
        ChangeOutcome again = put("15", EntryShape.of(served), "没有变化");
        assertEquals(List.of(), again.changes());
        assertEquals(outcome.version(), again.version());

        List<Change> history = store.changes("341504", null, 10);
        assertEquals(List.of(1L), history.stream().map(Change::id).toList());
        assertEquals(change, history.get(0));
    }

    @Test
    void aStaleOrMissingVersionIsRefusedAndNothingIsWritten() {
        String old = version("341504", LIST);
        put("15", seq15("remarks", "第一次"), "第一次修改");
        StaleVersionException stale = assertThrows(StaleVersionException.class, () -> store.change(new ChangeRequest(
                "341504", LIST, old, "yeji-office", "基于旧版本的修改", List.of(EntryEdit.put("15", seq15("remarks", "第二次"))))));
        assertEquals(version("341504", LIST), stale.current());
        assertThrows(VersionRequiredException.class, () -> store.change(new ChangeRequest("341504", LIST, null,
                "yeji-office", "没有版本", List.of(EntryEdit.put("15", seq15("remarks", "第二次"))))));
        assertThrows(VersionRequiredException.class, () -> store.change(new ChangeRequest("341504", LIST, "*",
                "yeji-office", "任意版本", List.of(EntryEdit.hide("15")))));
        assertEquals("第一次", entry("341504", LIST, "15").remarks());
        assertEquals(1, store.changes("341504", null, 10).size());
    }

    @Test
    void anInvalidChangeListsEveryErrorAndWritesNothing() {
        InvalidChangeException invalid = assertThrows(InvalidChangeException.class, () -> store.change(new ChangeRequest(
                "341504", LIST, version("341504", LIST), "yeji-office", "批量修改", List.of(
                        EntryEdit.put("15", seq15("remarks", "有效的一行")),
                        EntryEdit.put("16", seq15("seq", 16, "units", List.of("不存在的中心"), "limit", "尽快")),
                        EntryEdit.put("99", Map.of("name", "新事项", "channels", List.of("fax")))))));
        List<String> found = invalid.errors().stream().map(e -> e.edit() + " " + e.pointer()).toList();
        assertEquals(List.of("1 /limit", "1 /units/0", "2 /channels/0"), found.stream().sorted().toList(),
                invalid.errors().toString());
        assertNull(entry("341504", LIST, "15").provenance(), "the valid row is not written either");
        assertEquals(List.of(), store.changes("341504", null, 10));
        assertEquals(invalid.errors(), store.validate("341504", LIST, List.of(
                EntryEdit.put("15", seq15("remarks", "有效的一行")),
                EntryEdit.put("16", seq15("seq", 16, "units", List.of("不存在的中心"), "limit", "尽快")),
                EntryEdit.put("99", Map.of("name", "新事项", "channels", List.of("fax"))))));
    }

    @Test
    void severalEditsAreOneBatchWithOneReasonAndAnUnchangedRowWritesNothing() {
        Map<String, Object> added = new LinkedHashMap<>();
        added.put("seq", 19);
        added.put("name", "社会保障卡申领");
        added.put("units", List.of("信息中心"));
        added.put("channels", List.of("village"));
        added.put("limit", "5个工作日");
        ChangeOutcome outcome = store.change(new ChangeRequest("341504", LIST, version("341504", LIST), "yeji-office",
                "表格导入", List.of(EntryEdit.put("15", seq15()), EntryEdit.put("16",
                        EntryShape.of(entry("341504", LIST, "16"))), EntryEdit.hide("17"), EntryEdit.put("19", added))));
        assertEquals(List.of(ChangeAction.HIDE_ENTRY, ChangeAction.PUT_ENTRY), outcome.changes().stream()
                .map(Change::action).toList(), "rows 15 and 16 unchanged: nothing written for them");
        assertEquals(List.of(1L, 1L), outcome.changes().stream().map(Change::batch).toList());
        assertTrue(outcome.changes().stream().allMatch(c -> c.reason().equals("表格导入")));
        assertNull(entry("341504", LIST, "17"));
        assertEquals("1.10.1", entry("341504", LIST, "19").item());
        assertNull(outcome.changes().get(1).before(), "an added entry was not there before");
    }

    @Test
    void aLockedFieldCannotBeChangedBelowTheJurisdictionThatLockedIt() {
        Change lock = store.lock("340000", "社会保障卡启用", "channels", "province-admin", "省级统一办理渠道");
        assertEquals("1.10.2", lock.target());
        assertEquals(List.of("340000 1.10.2 channels"), store.locks("341504").stream()
                .map(l -> l.jurisdiction() + " " + l.item() + " " + l.field()).toList());
        assertThrows(ChangeConflictException.class, () -> store.lock("340000", "1.10.2", "channels", "province-admin",
                "again"));

        LockedFieldException locked = assertThrows(LockedFieldException.class, () -> put("15",
                seq15("channels", List.of("village", "online")), "想加线上"));
        assertEquals("340000", locked.lock().jurisdiction());
        assertEquals("province-admin", locked.lock().by());
        assertTrue(locked.getMessage().contains("locked by jurisdiction 340000 (set by province-admin at"),
                locked.getMessage());
        List<EntryError> errors = store.validate("341504", LIST, List.of(EntryEdit.put("15",
                seq15("channels", List.of("village", "online")))));
        assertEquals(List.of("/channels"), errors.stream().map(EntryError::pointer).toList());

        assertEquals(1, put("15", seq15("remarks", "只改备注"), "备注").changes().size(), "other fields stay free");
        store.unlock("340000", "1.10.2", "channels", "province-admin", "放开");
        assertEquals(1, put("15", seq15("channels", List.of("village", "online")), "加线上").changes().size());
        assertThrows(UnknownTargetException.class, () -> store.unlock("340000", "1.10.2", "channels", "province-admin",
                "twice"));
        assertThrows(IllegalArgumentException.class, () -> store.lock("340000", "1.10.2", "colour", "a", "b"));
    }

    @Test
    void aRevertIsAChangeAndARevertOfARevertMakesTheChangeAgain() {
        ListEntry baseline = entry("341504", LIST, "15");
        Change first = put("15", seq15("remarks", "第一次"), "第一次").changes().get(0);
        ChangeOutcome undone = store.revert("341504", first.id(), version("341504", LIST), "yeji-office", "改错了");
        Change revert = undone.changes().get(0);
        assertEquals(ChangeAction.RESTORE_ENTRY, revert.action());
        assertEquals(first.id(), revert.reverts());
        assertEquals(baseline, entry("341504", LIST, "15"), "back to the bundle's entry, provenance and all");

        Change again = store.revert("341504", revert.id(), version("341504", LIST), "yeji-office", "还是要改")
                .changes().get(0);
        assertEquals(ChangeAction.PUT_ENTRY, again.action());
        assertEquals(revert.id(), again.reverts());
        assertEquals("第一次", entry("341504", LIST, "15").remarks());
        assertEquals(again.id(), entry("341504", LIST, "15").provenance().overlay());

        ChangeConflictException followed = assertThrows(ChangeConflictException.class, () -> store.revert("341504",
                first.id(), version("341504", LIST), "yeji-office", "旧的"));
        assertTrue(followed.getMessage().contains("followed by change " + again.id()), followed.getMessage());
        assertThrows(StaleVersionException.class, () -> store.revert("341504", again.id(), "stale", "yeji-office", "x"));
        assertThrows(UnknownTargetException.class, () -> store.revert("341504", 999, version("341504", LIST),
                "yeji-office", "x"));

        // a hide reverted brings the entry back
        Change hide = store.change(new ChangeRequest("341504", LIST, version("341504", LIST), "yeji-office", "停办",
                List.of(EntryEdit.hide("16")))).changes().get(0);
        assertNull(entry("341504", LIST, "16"));
        store.revert("341504", hide.id(), version("341504", LIST), "yeji-office", "恢复");
        assertEquals("社会保障卡挂失和解挂", entry("341504", LIST, "16").name());
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), store.changes("341504", null, 10).stream().map(Change::id).toList(),
                "newest first");
    }

    @Test
    void aChangeWhoseEntryIsGoneFromANewBundleIsOrphanedNotDropped(@TempDir Path folder) throws IOException {
        Map<String, Object> shape = EntryShape.of(entry("341504", LIST, "18"));
        shape.put("remarks", "x");
        Change change = put("18", shape, "备注").changes().get(0);
        // version 2 of 叶集区's bundle: the village-platform list without entry 18
        Path upgraded = folder.resolve("yeji-2");
        Files.createDirectories(upgraded);
        for (String file : List.of("jurisdiction.yaml", "second-batch.yaml")) {
            Files.copy(YEJI.resolve(file), upgraded.resolve(file));
        }
        String list = Files.readString(YEJI.resolve("village-platform.yaml"), StandardCharsets.UTF_8);
        Files.writeString(upgraded.resolve("village-platform.yaml"), list.substring(0, list.indexOf("  - seq: 18")),
                StandardCharsets.UTF_8);
        TestCatalogs.redeploy(catalogs, 3, upgraded, "2.0.0");
        assertEquals(List.of(new OrphanedChange(change.id(), LIST, "18", "the entry 18 is not in the list "
                + "village-platform any more")), catalogs.jurisdiction("341504").orElseThrow().orphans());
        assertTrue(store.changes("341504", null, 10).get(0).orphaned());
        assertNull(entry("341504", LIST, "18"));

        TestCatalogs.redeploy(catalogs, 3, YEJI, "3.0.0");
        assertEquals(List.of(), catalogs.jurisdiction("341504").orElseThrow().orphans());
        assertEquals("x", entry("341504", LIST, "18").remarks(), "applied again once the entry is back");
        assertFalse(store.changes("341504", null, 10).get(0).orphaned());
    }

    @Test
    void aStoreThatStartsAgainServesEveryChangeFromTheDatabase() throws IOException {
        put("15", seq15("remarks", "重启之后还在"), "持久");
        store.deactivate();
        assertNull(entry("341504", LIST, "15").remarks(), "a store that stops takes its overlays away");

        JurisdictionCatalogs fresh = TestCatalogs.of(ANHUI, LU_AN, YEJI, HUANGSHAN);
        catalogs = fresh;
        store = started(fresh);
        assertEquals("重启之后还在", entry("341504", LIST, "15").remarks());
        assertEquals(1L, entry("341504", LIST, "15").provenance().overlay());
        assertEquals(2, put("15", seq15("remarks", "第二次"), "再改").changes().get(0).id(), "the sequence goes on");
    }

    @Test
    void aWriteOfAnotherNodeIsReadBeforeThisOneIsChecked() throws IOException {
        JurisdictionCatalogs otherCatalog = TestCatalogs.of(ANHUI, LU_AN, YEJI, HUANGSHAN);
        OverlayStore other = started(otherCatalog);
        try {
            String seen = version("341504", LIST);
            other.change(new ChangeRequest("341504", LIST, seen, "yeji-office-2", "另一个节点",
                    List.of(EntryEdit.put("15", seq15("remarks", "另一个节点写的")))));
            StaleVersionException stale = assertThrows(StaleVersionException.class, () -> store.change(
                    new ChangeRequest("341504", LIST, seen, "yeji-office", "这个节点",
                            List.of(EntryEdit.put("15", seq15("remarks", "这个节点写的"))))));
            assertEquals("另一个节点写的", entry("341504", LIST, "15").remarks(), "this node read the other's change");
            assertEquals(version("341504", LIST), stale.current());
        } finally {
            other.deactivate();
        }
    }

    @Test
    void anotherNodesWriteIsServedHereWithinASecondByTheChangeFeed() throws Exception {
        JurisdictionCatalogs otherCatalog = TestCatalogs.of(ANHUI, LU_AN, YEJI, HUANGSHAN);
        OverlayStore other = new OverlayStore(otherCatalog, otherCatalog, new Ticking(), 100);
        other.bindDatabase(database);
        other.load(database);
        try {
            long written = put("15", seq15("remarks", "节点一写的"), "两个节点").changes().get(0).id();
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(1);
            ListEntry seen = null;
            while (System.nanoTime() < deadline) {
                seen = otherCatalog.catalog("341504").orElseThrow().lists().stream()
                        .filter(l -> l.value().id().equals(LIST)).findFirst().orElseThrow().value().entries().stream()
                        .filter(e -> e.seq().equals("15")).findFirst().orElseThrow();
                if ("节点一写的".equals(seen.remarks())) {
                    break;
                }
                Thread.sleep(20);
            }
            assertEquals("节点一写的", seen.remarks(), "the other node serves the change within a second");
            assertEquals(written, seen.provenance().overlay());
            assertEquals(version("341504", LIST), other.version("341504", LIST).orElseThrow(),
                    "both nodes give the list the same version");
            assertEquals(written, other.changes("341504", null, 1).get(0).id());
        } finally {
            other.deactivate();
        }
    }

    @Test
    void aUnitAddedServesTheEntriesThatNameItAndCannotGoWhileOneDoes() {
        Change unit = store.addUnit("341504", new Unit("劳动保障监察大队", List.of("监察大队"), "section", null),
                "yeji-office", "新设机构");
        assertEquals("劳动保障监察大队", catalogs.unit("341504", "监察大队").orElseThrow());
        assertThrows(ChangeConflictException.class, () -> store.addUnit("341504", new Unit("信息中心", List.of(), "center",
                null), "yeji-office", "重复"));
        Change entry = put("15", seq15("units", List.of("信息中心", "劳动保障监察大队")), "增加责任单位").changes().get(0);
        assertThrows(ChangeConflictException.class, () -> store.revert("341504", unit.id(), null, "yeji-office", "撤销"));
        store.revert("341504", entry.id(), version("341504", LIST), "yeji-office", "先撤销条目");
        Change removed = store.revert("341504", unit.id(), null, "yeji-office", "撤销机构").changes().get(0);
        assertEquals(ChangeAction.REMOVE_UNIT, removed.action());
        assertTrue(catalogs.unit("341504", "劳动保障监察大队").isEmpty());
    }

    @Test
    void writesNeedTheDatabaseAndAReasonReadsOfTheCatalogDoNot() {
        put("15", seq15("remarks", "数据库停了也在"), "持久");
        store.unbindDatabase(database);
        assertEquals("数据库停了也在", entry("341504", LIST, "15").remarks());
        assertThrows(ServiceUnavailableException.class, () -> put("15", seq15("remarks", "写不了"), "停机"));
        assertThrows(ServiceUnavailableException.class, () -> store.changes("341504", null, 10));
        store.bindDatabase(database);
        store.load(database);
        assertThrows(IllegalArgumentException.class, () -> put("15", seq15("remarks", "没有理由"), " "));
        assertThrows(UnknownTargetException.class, () -> store.change(new ChangeRequest("341504", "no-such-list", "v",
                "yeji-office", "x", List.of(EntryEdit.hide("1")))));
        assertThrows(UnknownTargetException.class, () -> store.change(new ChangeRequest("123456", LIST, "v",
                "yeji-office", "x", List.of(EntryEdit.hide("1")))));
    }

    @Test
    void theNodeIsReadyOnlyOnceTheChangesAreReadAndAFailedFirstReadIsTriedAgain() throws Exception {
        assertTrue(store.readiness().ready(), store.readiness().detail());
        assertEquals("overlays", store.name());
        String change = store.change(new ChangeRequest("341504", LIST, version("341504", LIST), "yeji-office",
                "暂停村级办理", List.of(EntryEdit.hide("17")))).changes().get(0).id() + "";

        OverlayStore waiting = new OverlayStore(catalogs, catalogs, new Ticking(), 0);
        try {
            assertFalse(waiting.readiness().ready());
            assertEquals("waiting for the platform database", waiting.readiness().detail());

            EmbeddedDataSource empty = new EmbeddedDataSource();
            empty.setDatabaseName("memory:" + name + "-empty");
            empty.setConnectionAttributes("create=true");
            waiting.bindDatabase(empty);
            waiting.load(empty);
            assertFalse(waiting.readiness().ready(), "a database without the change table is not read");
            assertEquals("reading the offices' changes from the database", waiting.readiness().detail());
            waiting.follow();
            assertFalse(waiting.readiness().ready(), "still no change table");

            waiting.unbindDatabase(empty);
            waiting.bindDatabase(database);
            waiting.follow();
            assertTrue(waiting.readiness().ready(), "the feed reads the database it failed to read first");
            assertNull(entry("341504", LIST, "17"), "change " + change + " is served");
            waiting.unbindDatabase(database);
            assertTrue(waiting.readiness().ready(), "the changes read are served while the database is away");
            assertEquals("the offices' changes are served as last read; the database is being read again",
                    waiting.readiness().detail());
        } finally {
            waiting.deactivate();
            try {
                new EmbeddedDriver().connect("jdbc:derby:memory:" + name + "-empty;drop=true", new Properties());
            } catch (SQLException dropped) {
                // 08006
            }
        }
    }
}
