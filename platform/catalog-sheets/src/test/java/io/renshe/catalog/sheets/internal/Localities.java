package io.renshe.catalog.sheets.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;

import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.core.internal.CatalogValidator;

/** The three shipped localities, read by the platform's own loader from the jurisdiction modules of this repository. */
final class Localities {

    static final String HUANGSHAN = "341000";
    static final String YEJI = "341504";
    static final String BAIYIN = "620402";

    private static final Path JURISDICTIONS = Paths.get("../../jurisdictions");
    private static volatile CatalogValidator validator;

    private Localities() {
    }

    static synchronized CatalogValidator validator() {
        if (validator == null) {
            try {
                CatalogValidator loaded = new CatalogValidator();
                for (String module : new String[] {"anhui", "huangshan", "lu-an", "yeji-district", "gansu", "baiyin-city",
                    "baiyin-district"}) {
                    loaded = loaded.folder(JURISDICTIONS.resolve(module).resolve("src/main/catalog"));
                }
                validator = loaded;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return validator;
    }

    static EffectiveCatalog catalog(String id) {
        return validator().effective(id);
    }

    static ItemList list(String jurisdiction, String listId) {
        return catalog(jurisdiction).lists().stream().map(EffectiveCatalog.Sourced::value)
                .filter(l -> l.id().equals(listId)).findFirst()
                .orElseThrow(() -> new AssertionError(jurisdiction + " has no list " + listId));
    }
}
