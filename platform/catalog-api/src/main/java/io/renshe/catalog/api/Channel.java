package io.renshe.catalog.api;

/** A way an item can be handled (办理方式). */
public enum Channel {
    /** 综合窗口 / 政务服务大厅窗口 */
    WINDOW("综合窗口"),
    /** 合作银行网点 */
    BANK("合作银行网点"),
    /** 社区窗口 */
    COMMUNITY("社区窗口"),
    /** 村级服务平台 */
    VILLAGE("村级服务平台"),
    /** 线上办 */
    ONLINE("线上办"),
    /** 上门办 */
    ONSITE("上门办");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** The Chinese label. */
    public String label() {
        return label;
    }

    /** The key used in files and URLs: {@code window}, {@code bank} … */
    public String key() {
        return Keys.of(this);
    }

    @Override
    public String toString() {
        return key();
    }

    /** The channel of a key, or {@code null} for an unknown key. */
    public static Channel ofKey(String key) {
        return Keys.find(Channel.class, key);
    }
}
