package io.renshe.catalog.api.limits;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's limits on input, as configured in {@value #FILE} (configuration PID {@value #PID}); a change of the
 * file applies at once, without a restart. The catalog core registers the service. Every answer is the current
 * setting: ask each time, do not keep it.
 * <p>
 * The kinds of upload are fixed here: {@link #jar()} for jurisdiction bundle jars ({@code POST /api/validate}, jars
 * in {@code deploy/}), {@link #sheet()} for spreadsheets (xlsx, CSV), {@link #material()} for the materials of an
 * application. A bundle that reads another kind of input uses the nearest of them, or asks for a kind of its own.
 */
@ProviderType
public interface InputLimits {

    /** The configuration PID. */
    String PID = "io.renshe.limits";

    /** The configuration file, relative to the Karaf home. */
    String FILE = "etc/io.renshe.limits.cfg";

    /** The shipped limits of bundle jars: 20 MiB sent, 64 MiB inflated, 8 MiB an entry, 1,000 entries, ratio 100. */
    UploadLimits JAR_DEFAULTS = new UploadLimits("jar", 20L * 1024 * 1024, 64L * 1024 * 1024, 8L * 1024 * 1024, 1000, 100);

    /**
     * The shipped limits of spreadsheets: 10 MiB sent, 100 MiB inflated, 50 MiB an entry (an xlsx sheet's XML),
     * 1,000 entries, ratio 100.
     */
    UploadLimits SHEET_DEFAULTS = new UploadLimits("sheet", 10L * 1024 * 1024, 100L * 1024 * 1024, 50L * 1024 * 1024,
            1000, 100);

    /** The shipped limits of application materials: 20 MiB sent, 64 MiB inflated, 32 MiB an entry, 1,000 entries, ratio 100. */
    UploadLimits MATERIAL_DEFAULTS = new UploadLimits("material", 20L * 1024 * 1024, 64L * 1024 * 1024,
            32L * 1024 * 1024, 1000, 100);

    /**
     * Jurisdiction bundle jars: uploaded for validation, or read by the extender from an installed bundle.
     *
     * @return the current limits of kind {@code jar}
     */
    UploadLimits jar();

    /**
     * Spreadsheets (xlsx, CSV) uploaded for import.
     *
     * @return the current limits of kind {@code sheet}
     */
    UploadLimits sheet();

    /**
     * Materials uploaded with an application (scans, PDFs, office documents).
     *
     * @return the current limits of kind {@code material}
     */
    UploadLimits material();

    /**
     * The YAML reader of catalog files.
     *
     * @return the current YAML limits
     */
    YamlLimits yaml();

    /**
     * The shipped limits, for readers outside the framework (the offline validator, tests).
     *
     * @return limits that never change
     */
    static InputLimits defaults() {
        return new InputLimits() {
            @Override
            public UploadLimits jar() {
                return JAR_DEFAULTS;
            }

            @Override
            public UploadLimits sheet() {
                return SHEET_DEFAULTS;
            }

            @Override
            public UploadLimits material() {
                return MATERIAL_DEFAULTS;
            }

            @Override
            public YamlLimits yaml() {
                return YamlLimits.DEFAULTS;
            }
        };
    }
}
