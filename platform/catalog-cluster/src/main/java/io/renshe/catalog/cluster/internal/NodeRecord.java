package io.renshe.catalog.cluster.internal;

import java.time.Instant;
import java.util.Map;

/**
 * One node as its last heartbeat wrote it.
 *
 * @param id the node's id
 * @param address where it is reached, if known
 * @param platformVersion the version of the platform it runs
 * @param startedAt when it started
 * @param seenAt its last heartbeat
 * @param served the jurisdictions it serves: id → "version status"
 */
record NodeRecord(String id, String address, String platformVersion, Instant startedAt, Instant seenAt,
        Map<String, String> served) {
}
