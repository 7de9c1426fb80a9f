package io.renshe.catalog.core.internal;

import org.osgi.service.component.annotations.Component;

/**
 * What the platform reads catalogs with: the format's schema, the core catalogue and the parser. Loaded once from
 * this bundle's resources; shared by the extender, the validation of uploaded jars and the catalog service, and
 * created directly by the offline {@link CatalogValidator}.
 */
@Component(service = CatalogEngine.class)
public final class CatalogEngine {

    private final FormatSchema schema;
    private final CoreCatalogue core;
    private final CatalogParser parser;

    public CatalogEngine() {
        ClassLoader loader = CatalogEngine.class.getClassLoader();
        this.schema = FormatSchema.load(loader);
        this.core = CoreCatalogue.load(loader, schema);
        this.parser = new CatalogParser(core, schema, new ChineseTimeLimitParser());
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
}
