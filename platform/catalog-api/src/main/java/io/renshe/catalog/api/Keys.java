package io.renshe.catalog.api;

import java.util.Locale;

/** The keys by which the vocabulary enums are written in files and URLs: their names in lower case. */
final class Keys {

    private Keys() {
    }

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E find(Class<E> type, String key) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(key)) {
                return constant;
            }
        }
        return null;
    }
}
