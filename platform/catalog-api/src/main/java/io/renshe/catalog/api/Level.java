package io.renshe.catalog.api;

/** The administrative level of a jurisdiction (GB/T 2260 and below). */
public enum Level {
    /** 省、自治区、直辖市 */
    PROVINCE("省级"),
    /** 地级市 */
    CITY("市级"),
    /** 县、区 */
    DISTRICT("区县级"),
    /** 乡镇、街道 */
    TOWN("乡镇街道级"),
    /** 村、社区 */
    VILLAGE("村社区级");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /** The key used in files and URLs: {@code province}, {@code city} … */
    public String key() {
        return Keys.of(this);
    }

    @Override
    public String toString() {
        return key();
    }

    /** The level of a key, or {@code null} for an unknown key. */
    public static Level ofKey(String key) {
        return Keys.find(Level.class, key);
    }
}
