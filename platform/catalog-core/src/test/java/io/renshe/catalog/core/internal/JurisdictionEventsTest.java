package io.renshe.catalog.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import io.renshe.catalog.api.event.PlatformEvents;

/** The events told from the difference between two indexes, posted to an Event Admin that records them. */
class JurisdictionEventsTest {

    /** An Event Admin that keeps what is posted. */
    static final class RecordingEventAdmin implements EventAdmin {
        final List<Event> posted = new ArrayList<>();

        @Override
        public void postEvent(Event event) {
            posted.add(event);
        }

        @Override
        public void sendEvent(Event event) {
            throw new AssertionError("events are posted, never sent synchronously");
        }
    }

    private final RecordingEventAdmin admin = new RecordingEventAdmin();
    private final JurisdictionEvents events = new JurisdictionEvents(admin);

    private List<String> posted() {
        List<String> texts = new ArrayList<>();
        for (Event e : admin.posted) {
            texts.add(e.getTopic() + " " + e.getProperty(PlatformEvents.KIND) + " " + e.getProperty(PlatformEvents.SUBJECT)
                    + " " + e.getProperty(PlatformEvents.DETAIL));
        }
        admin.posted.clear();
        return texts;
    }

    @Test
    void activeRejectedAndRemoved() throws IOException {
        ParsedBundle province = Fixtures.parse("valid/province", 1);
        ParsedBundle city = Fixtures.parse("valid/city", 2);
        CatalogIndex empty = CatalogIndex.empty(Fixtures.core());
        CatalogIndex both = CatalogIndex.build(Fixtures.core(), List.of(province, city));
        events.changed(empty, both);
        assertEquals(List.of("io/renshe/event/jurisdiction-active jurisdiction-active 990000 test.valid.province 1.0.0",
                "io/renshe/event/jurisdiction-active jurisdiction-active 990100 test.valid.city 1.0.0"), posted());

        events.changed(both, both);
        assertEquals(List.of(), posted(), "nothing changed, nothing told");

        CatalogIndex cityAlone = CatalogIndex.build(Fixtures.core(), List.of(city));
        events.changed(both, cityAlone);
        List<String> told = posted();
        assertEquals(2, told.size(), told.toString());
        assertTrue(told.get(0).startsWith("io/renshe/event/jurisdiction-rejected jurisdiction-rejected 990100 "
                + "test.valid.city 1.0.0\n  jurisdiction.yaml:6: unknown parent 990000"), told.get(0));
        assertEquals("io/renshe/event/jurisdiction-removed jurisdiction-removed 990000 test.valid.province 1.0.0",
                told.get(1));
    }

    @Test
    void withoutEventAdminOnlyLogs() throws IOException {
        CatalogIndex one = CatalogIndex.build(Fixtures.core(), List.of(Fixtures.parse("valid/province", 1)));
        new JurisdictionEvents().changed(CatalogIndex.empty(Fixtures.core()), one);
        assertEquals(List.of(), posted());
    }
}
