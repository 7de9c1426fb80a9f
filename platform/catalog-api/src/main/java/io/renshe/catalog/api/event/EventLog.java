package io.renshe.catalog.api.event;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import io.renshe.catalog.api.ServiceUnavailableException;

/**
 * The platform's durable event log. Events reach it through OSGi Event Admin on the topics of
 * {@link PlatformEvents}; this service is the only reader and writer of their table.
 */
@ProviderType
public interface EventLog {

    /**
     * The newest events first.
     *
     * @param subject only the events of this subject, or {@code null} for all
     * @param limit at most this many, at least 1
     * @throws ServiceUnavailableException while the database cannot be read
     */
    List<PlatformEvent> recent(String subject, int limit);
}
