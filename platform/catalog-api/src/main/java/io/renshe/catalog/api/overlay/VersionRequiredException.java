package io.renshe.catalog.api.overlay;

/** A change of a list must name the version it was made on (428). */
public class VersionRequiredException extends OverlayException {

    private static final long serialVersionUID = 1L;

    public VersionRequiredException(String message) {
        super(message);
    }
}
