package io.renshe.catalog.core.internal;

/** How item and unit names are compared: spaces ignored, full- and half-width brackets alike. */
final class Names {

    private Names() {
    }

    static String key(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '（' -> out.append('(');
                case '）' -> out.append(')');
                case '〔', '［', '【' -> out.append('[');
                case '〕', '］', '】' -> out.append(']');
                case '“', '”', '"' -> out.append('"');
                default -> {
                    if (!Character.isWhitespace(c) && c != '\u3000') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
