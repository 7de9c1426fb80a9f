package io.renshe.catalog.api;

/**
 * The document a list comes from.
 *
 * @param number the document number (文号), e.g. 黄人社秘〔2022〕334号
 * @param title its title
 * @param date its date as {@code yyyy-MM-dd}, or {@code null}
 * @param annex the annex (附件) holding the list
 */
public record DocumentRef(String number, String title, String date, String annex) {
}
