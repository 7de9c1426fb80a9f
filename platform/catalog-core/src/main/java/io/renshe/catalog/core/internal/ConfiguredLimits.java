package io.renshe.catalog.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.renshe.catalog.api.limits.InputLimits;
import io.renshe.catalog.api.limits.UploadLimits;
import io.renshe.catalog.api.limits.YamlLimits;

/**
 * The {@link InputLimits} of {@code etc/io.renshe.limits.cfg}. A change of the file applies at once (the component is
 * modified, not restarted, so nothing that uses it restarts); a value below 1 is refused with one log line and the
 * kind keeps its previous limits.
 */
@Component(service = InputLimits.class, configurationPid = InputLimits.PID)
@Designate(ocd = LimitsConfiguration.class)
public final class ConfiguredLimits implements InputLimits {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredLimits.class);

    private volatile UploadLimits jar = JAR_DEFAULTS;
    private volatile YamlLimits yaml = YamlLimits.DEFAULTS;

    @Activate
    public ConfiguredLimits(LimitsConfiguration configuration) {
        modified(configuration);
    }

    @Modified
    void modified(LimitsConfiguration c) {
        List<String> refused = new ArrayList<>();
        jar = upload(refused, jar, () -> new UploadLimits("jar", c.jar_maxBodyBytes(), c.jar_maxInflatedBytes(),
                c.jar_maxEntryBytes(), c.jar_maxEntries(), c.jar_maxRatio()));
        try {
            yaml = new YamlLimits(c.yaml_maxDocumentBytes(), c.yaml_maxDepth(), c.yaml_maxAliases(),
                    c.yaml_maxCommentChars(), c.yaml_maxNodes());
        } catch (IllegalArgumentException e) {
            refused.add("yaml");
        }
        if (!refused.isEmpty()) {
            LOG.error("Limits of {} in {} refused: every limit is a whole number of at least 1; the previous limits stay",
                    refused, FILE);
        }
    }

    private static UploadLimits upload(List<String> refused, UploadLimits before,
            java.util.function.Supplier<UploadLimits> configured) {
        try {
            return configured.get();
        } catch (IllegalArgumentException e) {
            refused.add(before.kind());
            return before;
        }
    }

    @Override
    public UploadLimits jar() {
        return jar;
    }

    @Override
    public YamlLimits yaml() {
        return yaml;
    }
}
