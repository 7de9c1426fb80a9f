package io.renshe.catalog.application;

/**
 * One reason why an application cannot be accepted: a missing or malformed value, an unknown item, or an eligibility
 * pre-check's refusal. An application is refused with every reason at once.
 *
 * @param item the item concerned (its id), or {@code null} when the reason concerns the application as a whole
 * @param code what kind of reason it is, a lower-case key ({@code card-already-active}, {@code missing-material},
 *        {@code commitment-not-accepted} …): stable, for programs
 * @param message the reason for a person, in Chinese where a plug-in or the documents give it
 * @param pointer an RFC 6901 JSON Pointer into the request body ({@code /applicant/idNumber}), or {@code null}
 */
public record ApplicationError(String item, String code, String message, String pointer) {

    /** An error of the whole application. */
    public static ApplicationError of(String code, String message, String pointer) {
        return new ApplicationError(null, code, message, pointer);
    }
}
