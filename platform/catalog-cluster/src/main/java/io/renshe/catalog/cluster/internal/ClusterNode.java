package io.renshe.catalog.cluster.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntimeConstants;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.ServiceUnavailableException;
import io.renshe.catalog.store.PlatformDatabase;

/**
 * This node among the nodes that share the platform database: every heartbeat it writes its row of
 * {@code CLUSTER_NODE} (migration track {@value #TRACK}) with the jurisdictions it serves and their bundle versions,
 * on a thread of its own; {@link #nodes()} reads every node's row.
 */
@Component(service = ClusterNode.class, immediate = true, configurationPid = ClusterNode.PID)
@Designate(ocd = ClusterConfiguration.class)
public final class ClusterNode {

    static final String TRACK = "cluster";
    static final String PID = "io.renshe.catalog.cluster";
    private static final Logger LOG = LoggerFactory.getLogger(ClusterNode.class);
    private static final TypeReference<TreeMap<String, String>> SERVED = new TypeReference<>() {
    };

    private final CatalogService catalog;
    private final String configuredId;
    private final String configuredAddress;
    private final String platformVersion;
    private final Duration heartbeat;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final Instant started;
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "renshe-cluster-heartbeat");
        thread.setDaemon(true);
        return thread;
    });

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(" + PlatformDatabase.SCHEMA + "=" + TRACK + ")")
    private volatile DataSource database;

    private volatile String endpoint;
    private boolean failing;

    @Activate
    public ClusterNode(@Reference CatalogService catalog, ClusterConfiguration configuration, BundleContext context) {
        this(catalog, configuration.node_id(), configuration.address(),
                context.getBundle().getVersion().toString(), Duration.ofSeconds(configuration.heartbeat_seconds()),
                Clock.systemUTC());
        beats.scheduleWithFixedDelay(this::beat, 0, heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    ClusterNode(CatalogService catalog, String id, String address, String platformVersion, Duration heartbeat,
            Clock clock) {
        this.catalog = catalog;
        this.configuredId = id == null ? "" : id.strip();
        this.configuredAddress = address == null ? "" : address.strip();
        this.platformVersion = platformVersion;
        this.heartbeat = heartbeat;
        this.clock = clock;
        this.started = clock.instant();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRuntime(JaxrsServiceRuntime runtime, Map<String, Object> properties) {
        Object endpoints = properties.get(JaxrsServiceRuntimeConstants.JAX_RS_SERVICE_ENDPOINT);
        if (endpoints instanceof String one) {
            endpoint = one;
        } else if (endpoints instanceof String[] many && many.length > 0) {
            endpoint = many[0];
        } else if (endpoints instanceof Collection<?> many && !many.isEmpty()) {
            endpoint = String.valueOf(many.iterator().next());
        }
    }

    void unbindRuntime(JaxrsServiceRuntime runtime) {
        // the endpoint last known stays this node's address
    }

    @Deactivate
    void deactivate() {
        beats.shutdownNow();
    }

    /** This node's id: the configured one, or the host's name and the HTTP port. */
    String id() {
        if (!configuredId.isEmpty()) {
            return configuredId;
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String known = endpoint;
        int port = known == null ? -1 : URI.create(known).getPort();
        return port > 0 ? host + ":" + port : host;
    }

    String address() {
        return configuredAddress.isEmpty() ? endpoint : configuredAddress;
    }

    Duration heartbeat() {
        return heartbeat;
    }

    Instant now() {
        return clock.instant();
    }

    /** Writes this node's row: alive now, serving these jurisdictions. */
    synchronized void beat() {
        DataSource db = database;
        if (db == null) {
            return;
        }
        Map<String, String> served = new TreeMap<>();
        for (JurisdictionStatus status : catalog.jurisdictions()) {
            served.put(status.id(), status.version() + " " + status.status());
        }
        try {
            write(db, served);
            if (failing) {
                failing = false;
                LOG.info("Node {} writes its heartbeat again", id());
            }
        } catch (SQLException | RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warn("Node {} cannot write its heartbeat: {}; it tries again every {} s", id(), e.toString(),
                        heartbeat.toSeconds());
            }
        }
    }

    private void write(DataSource db, Map<String, String> served) throws SQLException {
        String text;
        try {
            text = json.writeValueAsString(served);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        long now = clock.millis();
        String id = id();
        try (Connection connection = db.getConnection()) {
            int updated;
            try (PreparedStatement update = connection.prepareStatement("UPDATE CLUSTER_NODE SET ADDRESS = ?, "
                    + "PLATFORM_VERSION = ?, STARTED_AT = ?, SEEN_AT = ?, SERVED = ? WHERE NODE_ID = ?")) {
                update.setString(1, address());
                update.setString(2, platformVersion);
                update.setLong(3, started.toEpochMilli());
                update.setLong(4, now);
                update.setString(5, text);
                update.setString(6, id);
                updated = update.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CLUSTER_NODE (NODE_ID, "
                        + "ADDRESS, PLATFORM_VERSION, STARTED_AT, SEEN_AT, SERVED) VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, id);
                    insert.setString(2, address());
                    insert.setString(3, platformVersion);
                    insert.setLong(4, started.toEpochMilli());
                    insert.setLong(5, now);
                    insert.setString(6, text);
                    insert.executeUpdate();
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    /** Every node that ever wrote a heartbeat into this database, by id. */
    List<NodeRecord> nodes() {
        DataSource db = database;
        if (db == null) {
            throw new ServiceUnavailableException("The platform database is down: the nodes cannot be read (see "
                    + "/api/health)");
        }
        List<NodeRecord> nodes = new ArrayList<>();
        try (Connection connection = db.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT NODE_ID, ADDRESS, PLATFORM_VERSION, "
                        + "STARTED_AT, SEEN_AT, SERVED FROM CLUSTER_NODE ORDER BY NODE_ID");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String served = rows.getString(6);
                nodes.add(new NodeRecord(rows.getString(1), rows.getString(2), rows.getString(3),
                        Instant.ofEpochMilli(rows.getLong(4)), Instant.ofEpochMilli(rows.getLong(5)),
                        served == null ? Map.of() : json.readValue(served, SERVED)));
            }
        } catch (SQLException | JsonProcessingException e) {
            LOG.warn("The nodes cannot be read from the platform database: {}", e.toString());
            throw new ServiceUnavailableException("The nodes cannot be read from the platform database now (see "
                    + "/api/health)", e);
        }
        return nodes;
    }

    /** For tests: the database without the whiteboard. */
    void database(DataSource dataSource) {
        this.database = dataSource;
    }
}
