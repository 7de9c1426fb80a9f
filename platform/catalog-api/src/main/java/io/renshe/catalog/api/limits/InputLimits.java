package io.renshe.catalog.api.limits;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's limits on input, as configured in {@value #FILE} (configuration PID {@value #PID}); a change of the
 * file applies at once, without a restart. The catalog core registers the service. Every answer is the current
 * setting: ask each time, do not keep it.
 * <p>
 * The kinds here are what the catalog core reads: {@link #jar()} for jurisdiction bundle jars ({@code POST /api/validate},
 * {@code catalog:validate}, jars in {@code deploy/}) and {@link #yaml()} for their catalog files. A bundle that reads
 * another kind of input keeps its limits in its own typed configuration, one place per limit: spreadsheets in
 * {@code etc/io.renshe.catalog.sheets.cfg} (rows, columns, cells and the xlsx archive), application materials in
 * {@code etc/io.renshe.application.cfg} (count, size of each) and {@code etc/io.renshe.application.rest.cfg} (the
 * request body). It may still read a zip archive through {@link UploadLimits#zip(java.io.InputStream)} with limits of
 * its own kind.
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
     * Jurisdiction bundle jars: uploaded for validation, or read by the extender from an installed bundle.
     *
     * @return the current limits of kind {@code jar}
     */
    UploadLimits jar();

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
            public YamlLimits yaml() {
                return YamlLimits.DEFAULTS;
            }
        };
    }
}
