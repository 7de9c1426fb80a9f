package io.renshe.catalog.api;

/** Who may apply for an item (服务对象). */
public enum ApplicantType {
    /** 个人 */
    PERSON("个人"),
    /** 法人 */
    LEGAL_PERSON("法人"),
    /** 单位 */
    EMPLOYER("单位");

    private final String label;

    ApplicantType(String label) {
        this.label = label;
    }

    /** The Chinese label, which is also the key in files and URLs. */
    public String label() {
        return label;
    }

    /** The key used in files and URLs: the Chinese label ({@code 个人}). */
    public String key() {
        return label;
    }

    @Override
    public String toString() {
        return key();
    }

    /** The applicant type of a key, or {@code null} for an unknown key. */
    public static ApplicantType ofKey(String key) {
        for (ApplicantType type : values()) {
            if (type.label.equals(key)) {
                return type;
            }
        }
        return null;
    }
}
