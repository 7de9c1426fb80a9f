package io.renshe.catalog.core.internal;

import java.util.ArrayList;
import java.util.List;

import io.renshe.catalog.api.JurisdictionStatus;

/** Validates a bundle as if it were deployed now, replacing any deployed bundle of the same name or jurisdiction. */
final class Validation {

    private Validation() {
    }

    static JurisdictionStatus against(CoreCatalogue core, ParsedBundle candidate, List<ParsedBundle> deployed) {
        List<ParsedBundle> world = new ArrayList<>();
        for (ParsedBundle b : deployed) {
            boolean sameBundle = b.bundle().equals(candidate.bundle());
            boolean sameJurisdiction = b.jurisdictionId() != null && b.jurisdictionId().equals(candidate.jurisdictionId());
            if (!sameBundle && !sameJurisdiction) {
                world.add(b);
            }
        }
        world.add(candidate);
        CatalogIndex trial = CatalogIndex.build(core, world);
        for (JurisdictionStatus status : trial.statuses()) {
            if (status.bundle().equals(candidate.bundle())) {
                return status;
            }
        }
        throw new IllegalStateException("validation lost the candidate " + candidate.bundle());
    }
}
