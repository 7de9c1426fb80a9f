package io.renshe.catalog.core.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.OrphanedChange;
import io.renshe.catalog.api.overlay.OverlayEvents;
import io.renshe.catalog.api.event.PlatformEvents;

/**
 * Tells what happened to jurisdictions, from the difference between two indexes: a jurisdiction that became active,
 * a bundle that was rejected (with its errors), a bundle taken out of service. Each is logged and posted through OSGi
 * Event Admin on the topics of {@link PlatformEvents}, for the event log; without Event Admin, only logged.
 */
@Component(service = CatalogListener.class)
public final class JurisdictionEvents implements CatalogListener {

    private static final Logger LOG = LoggerFactory.getLogger(JurisdictionEvents.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin eventAdmin;

    public JurisdictionEvents() {
    }

    /** With a given Event Admin, as DS would bind it (for tests). */
    JurisdictionEvents(EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    @Override
    public void changed(CatalogIndex before, CatalogIndex after) {
        Map<String, JurisdictionStatus> previous = new HashMap<>();
        before.statuses().forEach(s -> previous.put(key(s), s));
        Set<String> now = new HashSet<>();
        for (JurisdictionStatus status : after.statuses()) {
            now.add(key(status));
            JurisdictionStatus was = previous.get(key(status));
            orphaned(was, status);
            if (withoutOrphans(status).equals(was == null ? null : withoutOrphans(was))) {
                continue;
            }
            if (JurisdictionStatus.ACTIVE.equals(status.status())) {
                LOG.info("Jurisdiction {} {} ACTIVE from bundle {} {}", status.id(), status.name(), status.bundle(),
                        status.version());
                post(PlatformEvents.JURISDICTION_ACTIVE, status.id(), status.bundle() + " " + status.version());
            } else {
                StringBuilder errors = new StringBuilder();
                status.errors().forEach(e -> errors.append("\n  ").append(e));
                LOG.warn("Jurisdiction bundle {} {} REJECTED ({} errors):{}", status.bundle(), status.version(),
                        status.errors().size(), errors);
                post(PlatformEvents.JURISDICTION_REJECTED, status.id(), status.bundle() + " " + status.version() + errors);
            }
        }
        for (JurisdictionStatus status : before.statuses()) {
            if (!now.contains(key(status))) {
                LOG.info("Jurisdiction {} of bundle {} {} removed", status.id(), status.bundle(), status.version());
                post(PlatformEvents.JURISDICTION_REMOVED, status.id(), status.bundle() + " " + status.version());
            }
        }
    }

    /** Tells of the overlay changes that no longer apply since the last index (a new bundle version, a lost list). */
    private void orphaned(JurisdictionStatus was, JurisdictionStatus status) {
        Set<Long> known = new HashSet<>();
        if (was != null) {
            was.orphans().forEach(o -> known.add(o.change()));
        }
        StringBuilder detail = new StringBuilder();
        int count = 0;
        for (OrphanedChange orphan : status.orphans()) {
            if (!known.contains(orphan.change())) {
                count++;
                detail.append("\n  change ").append(orphan.change()).append(" (")
                        .append(orphan.list() == null ? "unit " : orphan.list() + " ").append(orphan.target())
                        .append("): ").append(orphan.reason());
            }
        }
        if (count > 0) {
            LOG.warn("Jurisdiction {}: {} overlay changes no longer apply to bundle {} {} (kept, not applied):{}",
                    status.id(), count, status.bundle(), status.version(), detail);
            post(OverlayEvents.ORPHANED, status.id(), status.bundle() + " " + status.version() + detail);
        }
    }

    private static JurisdictionStatus withoutOrphans(JurisdictionStatus status) {
        return status.orphans().isEmpty() ? status : status.toBuilder().orphans(List.of()).build();
    }

    private static String key(JurisdictionStatus status) {
        return status.bundle() + "\u0000" + status.id();
    }

    private void post(String kind, String subject, String detail) {
        EventAdmin admin = eventAdmin;
        if (admin != null) {
            admin.postEvent(new Event(PlatformEvents.topic(kind), PlatformEvents.properties(kind, subject, detail)));
        }
    }
}
