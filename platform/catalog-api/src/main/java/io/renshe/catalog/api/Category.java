package io.renshe.catalog.api;

/** The category of a service item (事项类别), as the lists write it. */
public enum Category {
    /** 业务办理类 */
    TRANSACTION("业务办理类"),
    /** 查询、打印类 */
    QUERY("查询、打印类");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** The Chinese label, which is also the key in files and URLs. */
    public String label() {
        return label;
    }

    /** The key used in files and URLs: the Chinese label ({@code 业务办理类}). */
    public String key() {
        return label;
    }

    @Override
    public String toString() {
        return key();
    }

    /** The category of a key, or {@code null} for an unknown key. */
    public static Category ofKey(String key) {
        for (Category category : values()) {
            if (category.label.equals(key)) {
                return category;
            }
        }
        return null;
    }
}
