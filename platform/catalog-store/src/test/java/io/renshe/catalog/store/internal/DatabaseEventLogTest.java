package io.renshe.catalog.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;

import io.renshe.catalog.api.ServiceUnavailableException;
import io.renshe.catalog.api.event.PlatformEvent;
import io.renshe.catalog.api.event.PlatformEvents;
import io.renshe.catalog.store.StoreStatus;

class DatabaseEventLogTest {

    private String name;
    private DataSource dataSource;
    private DatabaseEventLog log;
    private String reason = "setting url in etc/org.ops4j.datasource-renshe.cfg: Directory /x cannot be created";

    @BeforeEach
    void open(TestInfo test) throws Exception {
        name = "events-" + test.getDisplayName().replaceAll("[^A-Za-z]", "");
        dataSource = Derby.inMemory(name);
        try (Connection connection = dataSource.getConnection()) {
            MigrationRunner runner = new MigrationRunner(connection);
            runner.ensureHistory();
            runner.migrate(Derby.platform());
        }
        log = new DatabaseEventLog(new Status());
    }

    @AfterEach
    void close() {
        log.deactivate();
        Derby.drop(name);
    }

    private static Event event(String kind, String subject, String detail) {
        return new Event(PlatformEvents.topic(kind), PlatformEvents.properties(kind, subject, detail));
    }

    @Test
    void eventsAreReadNewestFirstBySubject() {
        log.bindDatabase(dataSource);
        log.handleEvent(event(PlatformEvents.JURISDICTION_ACTIVE, "341000", "黄山市 0.1.0"));
        log.handleEvent(event(PlatformEvents.JURISDICTION_ACTIVE, "620402", "白银区 0.1.0"));
        log.handleEvent(event(PlatformEvents.JURISDICTION_REMOVED, "341000", null));

        List<PlatformEvent> all = log.recent(null, 10);
        assertEquals(3, all.size());
        assertEquals("jurisdiction-removed", all.get(0).kind());
        assertEquals("341000", all.get(0).subject());
        assertNull(all.get(0).detail());
        assertEquals("620402", all.get(1).subject());
        assertEquals("白银区 0.1.0", all.get(1).detail());
        assertTrue(all.get(0).id() > all.get(1).id() && all.get(1).id() > all.get(2).id(), "ids increase");

        List<PlatformEvent> huangshan = log.recent("341000", 10);
        assertEquals(List.of("jurisdiction-removed", "jurisdiction-active"), huangshan.stream().map(PlatformEvent::kind).toList());
        assertEquals("黄山市 0.1.0", huangshan.get(1).detail());
        assertEquals(1, log.recent(null, 1).size());
        assertEquals(List.of(), log.recent("999999", 5));
        assertThrows(IllegalArgumentException.class, () -> log.recent(null, 0));
    }

    @Test
    void theEventsTimestampIsKept() {
        log.bindDatabase(dataSource);
        Map<String, Object> properties = new HashMap<>(PlatformEvents.properties("jurisdiction-rejected", "341504", "list.yaml: 3: unknown unit"));
        properties.put(EventConstants.TIMESTAMP, Instant.parse("2025-03-01T02:03:04.005Z").toEpochMilli());
        log.handleEvent(new Event(PlatformEvents.topic("jurisdiction-rejected"), properties));
        PlatformEvent read = log.recent("341504", 1).get(0);
        assertEquals(Instant.parse("2025-03-01T02:03:04.005Z"), read.at());
        assertEquals("jurisdiction-rejected", read.kind());
        assertEquals("list.yaml: 3: unknown unit", read.detail());
    }

    @Test
    void whileTheDatabaseIsDownReadsFailWithTheReasonAndEventsWait() {
        log.handleEvent(event(PlatformEvents.JURISDICTION_ACTIVE, "341000", "黄山市 0.1.0"));
        ServiceUnavailableException down = assertThrows(ServiceUnavailableException.class, () -> log.recent(null, 10));
        assertEquals("The event log cannot be read: the platform database is down (" + reason + ")", down.getMessage());
        assertEquals(1, log.pendingCount());

        reason = null;
        log.bindDatabase(dataSource);
        List<PlatformEvent> events = log.recent(null, 10);
        assertEquals(1, events.size(), "the event that waited is written");
        assertEquals("黄山市 0.1.0", events.get(0).detail());
        assertEquals(0, log.pendingCount());

        log.unbindDatabase(dataSource);
        assertThrows(ServiceUnavailableException.class, () -> log.recent(null, 10));
    }

    @Test
    void longSubjectsAndDetailsAreKept() {
        log.bindDatabase(dataSource);
        String subject = "x".repeat(300);
        String detail = "第1行：未知单位。".repeat(5000);
        log.handleEvent(event("jurisdiction-rejected", subject, detail));
        PlatformEvent read = log.recent(null, 1).get(0);
        assertEquals("x".repeat(200), read.subject(), "a subject is cut to its column");
        assertEquals(detail, read.detail(), "a detail of any length is whole");
    }

    @Test
    void aBurstOfEventsIsWrittenInOrder() {
        log.bindDatabase(dataSource);
        for (int i = 0; i < 2000; i++) {
            log.handleEvent(event("jurisdiction-active", "j" + i, null));
        }
        List<PlatformEvent> newest = log.recent(null, 3);
        assertEquals(List.of("j1999", "j1998", "j1997"), newest.stream().map(PlatformEvent::subject).toList());
        assertEquals("j0", log.recent("j0", 1).get(0).subject());
    }

    private final class Status implements StoreStatus {
        @Override public boolean isUp() { return reason == null; }
        @Override public String url() { return "jdbc:derby:memory:" + name; }
        @Override public String reason() { return reason; }
        @Override public int schemaVersion() { return 1; }
        @Override public Map<String, Integer> schemaVersions() { return Map.of("platform", 1); }
        @Override public String product() { return "Apache Derby"; }
    }
}
