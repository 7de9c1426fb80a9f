package io.renshe.catalog.application.spi;

/**
 * One reason for refusal found by a pre-check.
 *
 * @param item the item refused (its id)
 * @param code what kind of reason, a stable lower-case key ({@code card-already-active})
 * @param message the reason for the applicant, in Chinese (不符合办理条件的反馈申请失败及未成功原因); never personal data
 */
public record Refusal(String item, String code, String message) {
}
