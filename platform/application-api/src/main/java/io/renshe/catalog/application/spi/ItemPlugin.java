package io.renshe.catalog.application.spi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import io.renshe.catalog.api.Material;
import io.renshe.catalog.application.ResultNote;

/**
 * An item plug-in: the behaviour of one or more catalog items that the catalog's data cannot hold. Register an
 * implementation as an OSGi service (a Declarative Services component) with the service property {@value #ITEMS}
 * naming its items by national code, name or alias of the core catalogue ({@code 1.10.1}, {@code 社会保障卡信息变更}):
 *
 * <pre>
 * &#64;Component(property = ItemPlugin.ITEMS + "=2.4.2")
 * public final class EmploymentRegistration implements ItemPlugin { … }
 * </pre>
 *
 * The platform asks the plug-in of an item (the one with the highest ranking when several name it) for the item's
 * form, materials, pre-check and result rules while it is registered; without one the item takes the generic form.
 * The methods are called concurrently, must be fast (a request waits for them) and must not keep personal data or
 * put it in a log line or an exception message. An exception thrown by a plug-in fails the request with 503.
 */
@ConsumerType
public interface ItemPlugin {

    /** Service property: the items the plug-in handles (code, name or alias; a String or a String[]). */
    String ITEMS = "renshe.items";

    /**
     * The JSON Schema (draft 2020-12) of the answers an applicant gives for an item: served to clients as the item's
     * form, and checked on submission (every violation is a reason for refusal with code {@code invalid-answer}).
     *
     * @param item the item's id (its national code where it has one, else its name)
     * @return the schema as JSON text; {@code {"type":"object","additionalProperties":false}} for an item that asks
     *         nothing
     */
    String form(String item);

    /**
     * The materials an item needs. A material several chosen items need (by name) is asked for once.
     *
     * @param context the item in its jurisdiction
     * @return the materials; by default as the catalog writes them
     */
    default List<Material> materials(ItemContext context) {
        return context.catalogMaterials();
    }

    /**
     * The eligibility pre-check (条件预判): every reason why the applicant may not have the plug-in's items among those
     * chosen, all at once. Called on submission after the answers were checked against the forms (the answers of an
     * item whose answers break its schema are still given).
     *
     * @param precheck the applicant, every chosen item and the answers
     * @return every reason for refusal of the plug-in's items; empty when they are eligible
     */
    List<Refusal> precheck(Precheck precheck);

    /**
     * What the item's result rules say for this application (when a change takes effect …), stored with the
     * application on submission. Say which rule applied, or that a setting the rule needs is missing.
     *
     * @param context the item, the applicant, the answers and the submission day
     * @return the notes; by default none
     */
    default List<ResultNote> results(ItemContext context) {
        return List.of();
    }

    /**
     * A task of one of the plug-in's items was approved, refused or delivered. Called after the decision is stored, at
     * least once (again after a failure, or when a plug-in comes that was absent when the decision was taken): make it
     * idempotent. An exception is logged without its message and the call is repeated later.
     *
     * @param decision the decision
     */
    default void decided(Decision decision) {
    }
}
