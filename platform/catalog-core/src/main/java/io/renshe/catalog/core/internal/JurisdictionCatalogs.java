package io.renshe.catalog.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.Comparison;
import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.EffectiveCatalog.Sourced;
import io.renshe.catalog.api.EffectiveItem;
import io.renshe.catalog.api.Item;
import io.renshe.catalog.api.ItemJurisdictions;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.ItemQuery;
import io.renshe.catalog.api.Jurisdiction;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.api.OrphanedChange;
import io.renshe.catalog.api.Unit;
import io.renshe.catalog.api.overlay.EntryCheck;
import io.renshe.catalog.api.overlay.EntryEdit;
import io.renshe.catalog.api.overlay.EntryError;
import io.renshe.catalog.api.overlay.EntryOverride;
import io.renshe.catalog.api.overlay.JurisdictionOverlay;
import io.renshe.catalog.api.overlay.OverlayCatalog;
import io.renshe.catalog.api.overlay.UnknownTargetException;

/**
 * The catalog service: the deployed jurisdiction bundles, the overlays of local offices, and the immutable
 * {@link CatalogIndex} built from them, which every read uses without waiting. {@link #apply(Map, Set)} (from the
 * extender's thread) changes the bundles, {@link #apply(Collection)} (from the overlay store) the overlays; each swaps
 * in the next index in one volatile write; then the {@link CatalogListener}s of this bundle hear of it.
 */
@Component(service = {CatalogService.class, JurisdictionCatalogs.class, OverlayCatalog.class})
public final class JurisdictionCatalogs implements CatalogService, OverlayCatalog, Deployments {

    private static final Logger LOG = LoggerFactory.getLogger(JurisdictionCatalogs.class);

    private final CatalogEngine engine;
    private final JarValidation validation;
    private final OverlayEntries reader;
    private final List<CatalogListener> listeners = new CopyOnWriteArrayList<>();
    /** Guards the bundles, the swap and the calls to listeners. */
    private final Object lock = new Object();
    private final Map<Long, ParsedBundle> bundles = new TreeMap<>();
    private volatile CatalogIndex index;

    @Activate
    public JurisdictionCatalogs(@Reference CatalogEngine engine, @Reference JarValidation validation) {
        this.engine = engine;
        this.validation = validation;
        this.reader = new OverlayEntries(engine.parser());
        this.index = CatalogIndex.empty(engine.core());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addListener(CatalogListener listener) {
        synchronized (lock) {
            listeners.add(listener);
            notify(listener, l -> l.opened(index));
        }
    }

    void removeListener(CatalogListener listener) {
        synchronized (lock) {
            listeners.remove(listener);
        }
    }

    @Override
    public void apply(Map<Long, ParsedBundle> loaded, Set<Long> removed) {
        synchronized (lock) {
            removed.forEach(bundles::remove);
            bundles.putAll(loaded);
            CatalogIndex before = index;
            CatalogIndex after = CatalogIndex.build(engine.core(), bundles.values(), before.overlays(), before);
            swap(before, after);
            LOG.debug("Catalog index rebuilt: {} jurisdiction bundles", after.statuses().size());
        }
    }

    /** Serves the next index and tells the listeners; under the lock. */
    private void swap(CatalogIndex before, CatalogIndex after) {
        index = after;
        for (CatalogListener listener : listeners) {
            notify(listener, l -> l.changed(before, after));
        }
    }

    // OverlayCatalog

    @Override
    public EntryCheck check(String jurisdiction, String list, List<EntryEdit> edits) {
        CatalogIndex current = index;
        EffectiveCatalog catalog = current.effective(jurisdiction)
                .orElseThrow(() -> new UnknownTargetException("No active jurisdiction " + jurisdiction));
        ItemList target = catalog.lists().stream().map(Sourced::value).filter(l -> l.id().equals(list)).findFirst()
                .orElseThrow(() -> new UnknownTargetException("Jurisdiction " + jurisdiction + " has no list " + list));
        Set<String> seqs = new HashSet<>();
        target.entries().forEach(e -> seqs.add(e.seq()));
        List<EntryError> errors = new ArrayList<>();
        List<ListEntry> entries = new ArrayList<>();
        Set<String> edited = new HashSet<>();
        for (int i = 0; i < edits.size(); i++) {
            EntryEdit edit = edits.get(i);
            String seq = edit.seq().strip();
            if (!edited.add(seq)) {
                errors.add(new EntryError(i, seq, "", "the entry " + seq + " is edited twice in this change"));
                entries.add(null);
            } else if (edit.hides()) {
                if (!seqs.contains(seq)) {
                    errors.add(new EntryError(i, seq, "", "the list " + list + " has no entry " + seq + " to hide"));
                }
                entries.add(null);
            } else {
                OverlayEntries.Read read = reader.read(i, seq, edit.entry(), list, catalog.jurisdiction(),
                        catalog.jurisdiction().items());
                List<EntryError> own = new ArrayList<>(read.errors());
                if (read.entry() != null) {
                    List<String> units = read.entry().units();
                    boolean listed = edit.entry().get("units") instanceof List;
                    for (int u = 0; u < units.size(); u++) {
                        if (current.unit(jurisdiction, units.get(u)).isEmpty()) {
                            own.add(new EntryError(i, seq, listed ? "/units/" + u : "/units", "unknown unit '"
                                    + units.get(u) + "': declare it under units of jurisdiction.yaml of the bundle or of an "
                                    + "ancestor, or add it to the jurisdiction first"));
                        }
                    }
                }
                errors.addAll(own);
                entries.add(own.isEmpty() ? read.entry() : null);
            }
        }
        return new EntryCheck(errors, entries);
    }

    @Override
    public List<EntryError> checkUnit(String jurisdiction, Unit unit) {
        CatalogIndex current = index;
        EffectiveCatalog catalog = current.effective(jurisdiction)
                .orElseThrow(() -> new UnknownTargetException("No active jurisdiction " + jurisdiction));
        List<EntryError> errors = new ArrayList<>(reader.checkUnit(unit, catalog.jurisdiction()));
        List<String> names = new ArrayList<>();
        names.add(unit.name());
        names.addAll(unit.aliases());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null) {
                continue;
            }
            Optional<String> taken = current.unit(jurisdiction, name);
            if (taken.isPresent()) {
                errors.add(new EntryError(0, unit.name(), i == 0 ? "/name" : "/aliases/" + (i - 1), "jurisdiction "
                        + jurisdiction + " already has the unit '" + taken.get() + "'"
                        + (taken.get().equals(name) ? "" : " (alias " + name + ")")));
            }
        }
        return errors;
    }

    @Override
    public void apply(Collection<JurisdictionOverlay> overlays) {
        synchronized (lock) {
            CatalogIndex before = index;
            Map<String, AppliedOverlay> next = new HashMap<>(before.overlays());
            for (JurisdictionOverlay overlay : overlays) {
                if (overlay.isEmpty()) {
                    next.remove(overlay.jurisdiction());
                } else {
                    next.put(overlay.jurisdiction(), read(overlay, before));
                }
            }
            CatalogIndex after = before.withOverlays(next);
            if (after != before) {
                swap(before, after);
                LOG.debug("Overlays of {} jurisdictions applied", overlays.size());
            }
        }
    }

    @Override
    public void clear() {
        synchronized (lock) {
            CatalogIndex before = index;
            CatalogIndex after = before.withOverlays(Map.of());
            if (after != before) {
                swap(before, after);
                LOG.info("Overlays of local offices are not served any more: their store went away");
            }
        }
    }

    /** An overlay read as the index applies it: each entry read once, here. */
    private AppliedOverlay read(JurisdictionOverlay overlay, CatalogIndex current) {
        String id = overlay.jurisdiction();
        Jurisdiction jurisdiction = current.effective(id).map(EffectiveCatalog::jurisdiction)
                .orElseGet(() -> Jurisdiction.builder().id(id).build());
        Map<String, Map<String, AppliedOverlay.Override>> entries = new LinkedHashMap<>();
        List<OrphanedChange> unreadable = new ArrayList<>();
        for (EntryOverride override : overlay.entries()) {
            long change = override.provenance().overlay();
            ListEntry entry = null;
            if (override.entry() != null) {
                OverlayEntries.Read read = reader.read(0, override.seq(), override.entry(), override.list(), jurisdiction,
                        jurisdiction.items());
                if (!read.errors().isEmpty()) {
                    unreadable.add(new OrphanedChange(change, override.list(), override.seq(),
                            "the entry cannot be read any more: " + read.errors().get(0).detail()));
                    continue;
                }
                entry = read.entry().toBuilder().provenance(override.provenance()).build();
            }
            entries.computeIfAbsent(override.list(), k -> new LinkedHashMap<>())
                    .put(override.seq(), new AppliedOverlay.Override(entry, override.replaces(), change));
        }
        return new AppliedOverlay(id, entries, overlay.units(), unreadable);
    }

    private static void notify(CatalogListener listener, Consumer<CatalogListener> call) {
        try {
            call.accept(listener);
        } catch (RuntimeException e) {
            LOG.error("Catalog listener {} failed", listener, e);
        }
    }

    /** The index readers see now. */
    CatalogIndex index() {
        return index;
    }

    // CatalogService

    @Override
    public List<JurisdictionStatus> jurisdictions() {
        return index.statuses();
    }

    @Override
    public Optional<JurisdictionStatus> jurisdiction(String id) {
        return index.status(id);
    }

    @Override
    public Optional<EffectiveCatalog> catalog(String id) {
        return index.effective(id);
    }

    @Override
    public Optional<List<EffectiveItem>> items(String jurisdictionId, ItemQuery query) {
        return index.items(jurisdictionId, query);
    }

    @Override
    public Optional<String> unit(String jurisdictionId, String nameOrAlias) {
        return index.unit(jurisdictionId, nameOrAlias);
    }

    @Override
    public List<Item> catalogue() {
        return index.catalogue();
    }

    @Override
    public Optional<Item> item(String codeOrName) {
        return index.item(codeOrName);
    }

    @Override
    public Optional<ItemJurisdictions> offerings(String codeOrName) {
        return index.offerings(codeOrName);
    }

    @Override
    public Optional<Comparison> compare(String a, String b) {
        return index.compare(a, b);
    }


    @Override
    public JurisdictionStatus validate(InputStream bundleJar) throws IOException {
        return validation.validate(bundleJar, index.bundles());
    }

    @Override
    public String formatSchema() {
        return engine.schema().text();
    }
}
