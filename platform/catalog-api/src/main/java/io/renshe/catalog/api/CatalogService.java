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

    /**
     * Resolves a unit name as the catalog compares names (spaces ignored, full- and half-width brackets alike): the
     * name or an alias of a unit of an active jurisdiction, declared by it or inherited.
     *
     * @param jurisdictionId an active jurisdiction
     * @param nameOrAlias a unit name or alias as a user typed it
     * @return the unit's name as its jurisdiction declares it; empty when the jurisdiction is not active or has no
     *         such unit
     */
    Optional<String> unit(String jurisdictionId, String nameOrAlias);

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
     * The JSON Schema (draft 2020-12) of the catalog files of format {@code renshe-catalog/1}: the one definition of
     * what a file may hold, which the platform validates every file against.
     *
     * @return the schema as JSON text
     */
    String formatSchema();
}
