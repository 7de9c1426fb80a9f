package io.renshe.catalog.api.overlay;

import java.util.Locale;

/** What a change of an overlay does. Written as its key: {@code put-entry}, {@code hide-entry} … */
public enum ChangeAction {
    /** An entry added, or replaced by the change's entry. */
    PUT_ENTRY,
    /** An entry hidden. */
    HIDE_ENTRY,
    /** An entry back to what the bundle (and the jurisdiction's ancestors) say: its overlay is taken away. */
    RESTORE_ENTRY,
    /** A unit added to the jurisdiction. */
    ADD_UNIT,
    /** A unit added by an earlier change taken away. */
    REMOVE_UNIT,
    /** A field of an item locked for every jurisdiction below this one. */
    LOCK,
    /** A lock taken away. */
    UNLOCK;

    /** The key: the name in lower case, words joined by {@code -}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The action of a key, or {@code null}. */
    public static ChangeAction ofKey(String key) {
        for (ChangeAction action : values()) {
            if (action.key().equals(key)) {
                return action;
            }
        }
        return null;
    }

    /** Whether the action changes an entry of a list. */
    public boolean ofEntry() {
        return this == PUT_ENTRY || this == HIDE_ENTRY || this == RESTORE_ENTRY;
    }
}
