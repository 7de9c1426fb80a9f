package io.renshe.catalog.api.overlay;

import java.time.Instant;

/**
 * A field of an item that a jurisdiction fixes for every jurisdiction below it: their offices cannot change it in an
 * entry of that item. The jurisdiction itself, and those above it, still can.
 *
 * @param jurisdiction the jurisdiction that set the lock
 * @param item the item's id (a national code such as {@code 1.10.1}, or a local item's name)
 * @param field the locked field of a list entry ({@code limit}, {@code channels} …)
 * @param change the id of the change that set it
 * @param by who set it
 * @param at when
 * @param reason why
 */
public record Lock(String jurisdiction, String item, String field, long change, String by, Instant at, String reason) {
}
