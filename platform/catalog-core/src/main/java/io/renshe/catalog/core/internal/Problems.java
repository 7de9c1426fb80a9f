package io.renshe.catalog.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.renshe.catalog.api.CatalogError;

/** Collects the problems of one bundle, in file and line order. */
final class Problems {

    private final List<CatalogError> errors = new ArrayList<>();

    void add(String file, int line, String reason) {
        errors.add(new CatalogError(file, line, reason));
    }

    void addAll(List<CatalogError> more) {
        errors.addAll(more);
    }

    /** Whether a problem is already reported at this line of this file. */
    boolean has(String file, int line) {
        return errors.stream().anyMatch(e -> e.file().equals(file) && e.line() == line);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    List<CatalogError> sorted() {
        List<CatalogError> copy = new ArrayList<>(errors);
        copy.sort(Comparator.comparing(CatalogError::file).thenComparingInt(CatalogError::line));
        return List.copyOf(copy);
    }
}
