package io.renshe.catalog.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The platform's input limits, {@code etc/io.renshe.limits.cfg} (PID {@code io.renshe.limits}). The defaults are the
 * shipped limits of {@link io.renshe.catalog.api.limits.InputLimits} (a test checks that they agree).
 */
@ObjectClassDefinition(name = "Renshe input limits",
        description = "Limits on uploaded bundle jars and on the YAML of catalog files (spreadsheets: io.renshe.catalog.sheets; "
                + "application materials: io.renshe.application and io.renshe.application.rest)")
@interface LimitsConfiguration {

    @AttributeDefinition(description = "Bytes of an uploaded bundle jar, as sent")
    long jar_maxBodyBytes() default 20_971_520L;

    @AttributeDefinition(description = "Bytes of all entries of a bundle jar together, inflated")
    long jar_maxInflatedBytes() default 67_108_864L;

    @AttributeDefinition(description = "Bytes of one entry of a bundle jar, inflated")
    long jar_maxEntryBytes() default 8_388_608L;

    @AttributeDefinition(description = "Entries of a bundle jar (or catalog files of an installed bundle)")
    int jar_maxEntries() default 1000;

    @AttributeDefinition(description = "Inflated to compressed bytes of a bundle jar's entries past 1 MiB")
    int jar_maxRatio() default 100;

    @AttributeDefinition(description = "Bytes of one catalog file")
    int yaml_maxDocumentBytes() default 2_097_152;

    @AttributeDefinition(description = "Lists and maps nested in each other in a catalog file")
    int yaml_maxDepth() default 32;

    @AttributeDefinition(description = "Aliases of lists and maps in one catalog file")
    int yaml_maxAliases() default 50;

    @AttributeDefinition(description = "Characters of one comment in a catalog file")
    int yaml_maxCommentChars() default 4096;

    @AttributeDefinition(description = "Values of a catalog file once its aliases are expanded")
    int yaml_maxNodes() default 250_000;
}
