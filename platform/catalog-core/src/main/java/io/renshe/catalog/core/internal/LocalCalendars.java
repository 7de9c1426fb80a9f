package io.renshe.catalog.core.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.Jurisdiction;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.LocalDay;
import io.renshe.catalog.api.time.LocalCalendarDay;
import io.renshe.catalog.api.time.LocalCalendarProvider;

/**
 * Publishes the {@code holidays} of every active jurisdiction to the working-day calendar, as one
 * {@link LocalCalendarProvider} service per jurisdiction, changing only what changed.
 */
@Component(service = CatalogListener.class)
public final class LocalCalendars implements CatalogListener {

    private final BundleContext context;
    /** Guarded by itself; the catalog calls one listener method at a time. */
    private final Map<String, Published> published = new HashMap<>();

    @Activate
    public LocalCalendars(BundleContext context) {
        this.context = context;
    }

    @Deactivate
    void deactivate() {
        synchronized (published) {
            published.values().forEach(p -> unregister(p.registration()));
            published.clear();
        }
    }

    @Override
    public void opened(CatalogIndex current) {
        publish(current);
    }

    @Override
    public void changed(CatalogIndex before, CatalogIndex after) {
        publish(after);
    }

    private void publish(CatalogIndex index) {
        Map<String, List<LocalDay>> wanted = new HashMap<>();
        for (JurisdictionStatus status : index.statuses()) {
            index.effective(status.id()).map(EffectiveCatalog::jurisdiction).map(Jurisdiction::holidays)
                    .filter(days -> !days.isEmpty()).ifPresent(days -> wanted.put(status.id(), days));
        }
        synchronized (published) {
            for (String id : List.copyOf(published.keySet())) {
                if (!published.get(id).days().equals(wanted.get(id))) {
                    unregister(published.remove(id).registration());
                }
            }
            for (Map.Entry<String, List<LocalDay>> e : wanted.entrySet()) {
                if (!published.containsKey(e.getKey())) {
                    published.put(e.getKey(), new Published(e.getValue(), context.registerService(
                            LocalCalendarProvider.class, provider(e.getKey(), e.getValue()), null)));
                }
            }
        }
    }

    static LocalCalendarProvider provider(String id, List<LocalDay> localDays) {
        List<LocalCalendarDay> days = new ArrayList<>();
        localDays.forEach(d -> days.add(LocalCalendarDay.holiday(LocalDate.parse(d.date()), d.name())));
        List<LocalCalendarDay> copy = List.copyOf(days);
        return new LocalCalendarProvider() {
            @Override
            public String jurisdictionId() {
                return id;
            }

            @Override
            public List<LocalCalendarDay> days() {
                return copy;
            }
        };
    }

    private record Published(List<LocalDay> days, ServiceRegistration<LocalCalendarProvider> registration) {
    }

    private static void unregister(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException gone) {
            // already unregistered with the bundle
        }
    }
}
