package io.renshe.catalog.core.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.renshe.catalog.api.limits.InputLimits;

/**
 * What the platform reads catalogs with: the format's schema, the core catalogue, the parser and the input limits.
 * Loaded once from this bundle's resources; shared by the extender, the validation of uploaded jars and the catalog
 * service, and created directly (with the shipped limits) by the offline {@link CatalogValidator}.
 */
@Component(service = CatalogEngine.class)
public final class CatalogEngine {

    private final FormatSchema schema;
    private final CoreCatalogue core;
    private final CatalogParser parser;
    private final InputLimits limits;

    /** An engine with the shipped limits. */
    public CatalogEngine() {
        this(InputLimits.defaults());
    }

    /** An engine that reads within the configured limits, current at each read. */
    @Activate
    public CatalogEngine(@Reference InputLimits limits) {
        ClassLoader loader = CatalogEngine.class.getClassLoader();
        this.limits = limits;
        this.schema = FormatSchema.load(loader);
        this.core = CoreCatalogue.load(loader, schema);
        this.parser = new CatalogParser(core, schema, new ChineseTimeLimitParser(), limits::yaml);
    }

    FormatSchema schema() {
        return schema;
    }

    CoreCatalogue core() {
        return core;
    }

    CatalogParser parser() {
        return parser;
    }

    InputLimits limits() {
        return limits;
    }
}
