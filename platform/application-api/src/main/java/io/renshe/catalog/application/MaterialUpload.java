package io.renshe.catalog.application;

/**
 * A material (申请材料) submitted with an application or a resubmission.
 *
 * @param name the material's name, as the form names it ({@code 本人身份证件})
 * @param content its content: text, or a file as base64 or a data URL; kept as given
 */
public record MaterialUpload(String name, String content) {

    /** Without the content, which may hold personal data. */
    @Override
    public String toString() {
        return "MaterialUpload[name=" + name + ", " + (content == null ? 0 : content.length()) + " characters]";
    }
}
