package io.renshe.catalog.core.internal;

import java.io.IOException;
import java.io.InputStream;
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
import io.renshe.catalog.api.EffectiveItem;
import io.renshe.catalog.api.Item;
import io.renshe.catalog.api.ItemJurisdictions;
import io.renshe.catalog.api.ItemQuery;
import io.renshe.catalog.api.JurisdictionStatus;

/**
 * The catalog service: the deployed jurisdiction bundles and the immutable {@link CatalogIndex} built from them, which
 * every read uses without waiting. {@link #apply} (from the extender's thread) changes the bundles and swaps in the
 * next index in one volatile write; then the {@link CatalogListener}s of this bundle hear of it.
 */
@Component(service = {CatalogService.class, JurisdictionCatalogs.class})
public final class JurisdictionCatalogs implements CatalogService, Deployments {

    private static final Logger LOG = LoggerFactory.getLogger(JurisdictionCatalogs.class);

    private final CatalogEngine engine;
    private final JarValidation validation;
    private final List<CatalogListener> listeners = new CopyOnWriteArrayList<>();
    /** Guards the bundles, the swap and the calls to listeners. */
    private final Object lock = new Object();
    private final Map<Long, ParsedBundle> bundles = new TreeMap<>();
    private volatile CatalogIndex index;

    @Activate
    public JurisdictionCatalogs(@Reference CatalogEngine engine, @Reference JarValidation validation) {
        this.engine = engine;
        this.validation = validation;
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
            CatalogIndex after = CatalogIndex.build(engine.core(), bundles.values(), before);
            index = after;
            LOG.debug("Catalog index rebuilt: {} jurisdiction bundles", after.statuses().size());
            for (CatalogListener listener : listeners) {
                notify(listener, l -> l.changed(before, after));
            }
        }
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
