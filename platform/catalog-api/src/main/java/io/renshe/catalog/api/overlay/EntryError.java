package io.renshe.catalog.api.overlay;

/**
 * What is wrong with one edit.
 *
 * @param edit the index of the edit in the request, from 0
 * @param seq the {@code seq} of its entry
 * @param pointer an RFC 6901 JSON Pointer into the entry in the file's shape ({@code /limit}, {@code /units/1},
 *        {@code /levels/town/role}); empty for the entry as a whole
 * @param detail what is wrong, as the bundle loader says it for a file
 */
public record EntryError(int edit, String seq, String pointer, String detail) {
}
