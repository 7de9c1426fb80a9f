package io.renshe.catalog.cluster.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code GET /api/cluster} answers: every node, whether it is alive, and the drift between the live nodes — each
 * jurisdiction that they do not all serve with the same bundle version and status.
 *
 * @param self this node's id
 * @param heartbeatSeconds how often each node writes its row
 * @param nodes every node that ever wrote into this database
 * @param drift the jurisdictions the live nodes disagree on; empty when they all serve the same
 */
record ClusterView(String self, long heartbeatSeconds, List<Node> nodes, List<Drift> drift) {

    /**
     * One node.
     *
     * @param id its id
     * @param address where it is reached
     * @param platformVersion the platform version it runs
     * @param startedAt when it started
     * @param seenAt its last heartbeat
     * @param alive whether it was heard of within three heartbeats
     * @param jurisdictions how many jurisdictions it serves
     */
    record Node(String id, String address, String platformVersion, Instant startedAt, Instant seenAt, boolean alive,
            int jurisdictions) {
    }

    /**
     * A jurisdiction the live nodes serve differently.
     *
     * @param jurisdiction its id
     * @param served node → "version status", or {@code null} where the node does not serve it
     */
    record Drift(String jurisdiction, Map<String, String> served) {
    }

    static ClusterView of(String self, Duration heartbeat, Instant now, List<NodeRecord> records) {
        Instant live = now.minus(heartbeat.multipliedBy(3));
        List<Node> nodes = new ArrayList<>();
        List<NodeRecord> alive = new ArrayList<>();
        for (NodeRecord record : records) {
            boolean isAlive = !record.seenAt().isBefore(live);
            nodes.add(new Node(record.id(), record.address(), record.platformVersion(), record.startedAt(),
                    record.seenAt(), isAlive, record.served().size()));
            if (isAlive) {
                alive.add(record);
            }
        }
        TreeSet<String> jurisdictions = new TreeSet<>();
        alive.forEach(r -> jurisdictions.addAll(r.served().keySet()));
        List<Drift> drift = new ArrayList<>();
        for (String jurisdiction : jurisdictions) {
            Map<String, String> served = new LinkedHashMap<>();
            for (NodeRecord record : alive) {
                served.put(record.id(), record.served().get(jurisdiction));
            }
            if (new TreeSet<>(served.values().stream().map(String::valueOf).toList()).size() > 1) {
                drift.add(new Drift(jurisdiction, new TreeMap<>(served)));
            }
        }
        return new ClusterView(self, heartbeat.toSeconds(), nodes, drift);
    }
}
