package io.renshe.catalog.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads of the platform's catalog, answered from memory. The answers are immutable snapshots: a bundle that
 * comes or goes while a caller holds one does not change it.
 */
@ProviderType
public interface CatalogService {

    /** Every deployed jurisdiction bundle, active or rejected, ordered by id. */
    List<JurisdictionStatus> jurisdictions();

    /** The status of one jurisdiction, if a bundle declares it. */
    Optional<JurisdictionStatus> jurisdiction(String id);

    /** The effective catalog of an active jurisdiction. */
    Optional<EffectiveCatalog> catalog(String id);

    /** The items an active jurisdiction offers that match the query. */
    Optional<List<EffectiveItem>> items(String jurisdictionId, ItemQuery query);

    /** The core catalogue: every national item the platform knows. */
    List<Item> catalogue();

    /** Finds a catalogue item by code, canonical name or alias. */
    Optional<Item> item(String codeOrName);

    /** Every active jurisdiction that offers an item (code, name or alias). */
    Optional<ItemJurisdictions> offerings(String codeOrName);

    /** Compares two active jurisdictions. */
    Optional<Comparison> compare(String a, String b);

    /**
     * Validates a jurisdiction bundle without deploying it: the status it would have, with every error.
     *
     * @param bundleJar the bundle's jar
     * @throws IOException when the stream is not a readable jar
     */
    JurisdictionStatus validate(InputStream bundleJar) throws IOException;

    /**
     * The JSON Schema of the catalog format {@code renshe-catalog/1}, the one source of what a catalog file may hold.
     *
     * @return the schema's JSON text, or {@code null} when this implementation does not hold it
     */
    default String formatSchema() {
        return null;
    }
}
