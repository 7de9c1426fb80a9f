package io.renshe.catalog.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.renshe.catalog.api.JurisdictionStatus;

/**
 * Validates an uploaded bundle jar without deploying it: the status it would have if it were deployed now beside the
 * deployed bundles, replacing any of the same bundle name or jurisdiction (as an upgrade would).
 */
@Component(service = JarValidation.class)
public final class JarValidation {

    /** Used as the bundle id of a candidate, after every deployed bundle. */
    static final long CANDIDATE = Long.MAX_VALUE;

    private final CatalogEngine engine;

    @Activate
    public JarValidation(@Reference CatalogEngine engine) {
        this.engine = engine;
    }

    /**
     * The status the jar's bundle would have.
     *
     * @param jar the bundle jar
     * @param deployed the bundles deployed now
     * @throws IOException when the stream is not a readable bundle jar
     * @throws io.renshe.catalog.api.limits.LimitExceededException past a limit of the jar or of a catalog file
     */
    JurisdictionStatus validate(InputStream jar, List<ParsedBundle> deployed) throws IOException {
        BundleFiles.JarContent content = BundleFiles.read(jar, engine.limits());
        ParsedBundle candidate = engine.parser().parse(content.symbolicName(), content.version(), CANDIDATE,
                content.files());
        return against(engine.core(), candidate, deployed);
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
        for (JurisdictionStatus status : CatalogIndex.build(core, world).statuses()) {
            if (status.bundle().equals(candidate.bundle())) {
                return status;
            }
        }
        throw new IllegalStateException("validation lost the candidate " + candidate.bundle());
    }
}
