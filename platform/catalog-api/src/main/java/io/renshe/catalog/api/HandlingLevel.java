package io.renshe.catalog.api;

/** The level at which an item is handled (办理层级). */
public enum HandlingLevel {
    /** 区（县）级 */
    DISTRICT("区级"),
    /** 乡镇（街道）级 */
    TOWN("乡镇街"),
    /** 村（社区）级 */
    VILLAGE("村社");

    private final String label;

    HandlingLevel(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /** The key used in files and URLs: {@code district}, {@code town}, {@code village}. */
    public String key() {
        return Keys.of(this);
    }

    @Override
    public String toString() {
        return key();
    }

    /** The handling level of a key, or {@code null} for an unknown key. */
    public static HandlingLevel ofKey(String key) {
        return Keys.find(HandlingLevel.class, key);
    }
}
