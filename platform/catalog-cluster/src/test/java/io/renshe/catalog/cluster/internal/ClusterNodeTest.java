package io.renshe.catalog.cluster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.ServiceUnavailableException;
import io.renshe.catalog.core.internal.JurisdictionCatalogs;
import io.renshe.catalog.core.internal.TestCatalogs;

/**
 * Two nodes on one real embedded Derby migrated with the cluster track, over the real catalog of the shipped
 * localities: each writes its heartbeat, each sees both, and a jurisdiction one serves and the other does not is drift.
 */
class ClusterNodeTest {

    static final Path JURISDICTIONS = Paths.get("../../jurisdictions");
    static final Path ANHUI = JURISDICTIONS.resolve("anhui/src/main/catalog");
    static final Path LU_AN = JURISDICTIONS.resolve("lu-an/src/main/catalog");
    static final Path YEJI = JURISDICTIONS.resolve("yeji-district/src/main/catalog");
    static final Path HUANGSHAN = JURISDICTIONS.resolve("huangshan/src/main/catalog");

    /** A clock the test moves. */
    static final class Moving extends Clock {
        Instant now = Instant.parse("2026-11-28T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private EmbeddedDataSource database;

    @BeforeEach
    void aMigratedDatabase() throws IOException, SQLException {
        database = new EmbeddedDataSource();
        database.setDatabaseName("memory:cluster");
        database.setConnectionAttributes("create=true");
        String script = Files.readString(Paths.get("src/main/resources/db/migrations/V1__cluster_nodes.sql"),
                StandardCharsets.UTF_8);
        StringBuilder statement = new StringBuilder();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            for (String line : script.split("\n")) {
                if (!line.strip().startsWith("--")) {
                    statement.append(line).append('\n');
                }
            }
            String text = statement.toString().strip();
            sql.execute(text.substring(0, text.length() - 1));
        }
    }

    @AfterEach
    void dropTheDatabase() {
        try {
            new EmbeddedDriver().connect("jdbc:derby:memory:cluster;drop=true", new Properties());
        } catch (SQLException dropped) {
            // 08006
        }
    }

    private ClusterNode node(String id, JurisdictionCatalogs catalog, Clock clock) {
        ClusterNode node = new ClusterNode(catalog, id, "http://" + id + ":8181/", "0.1.0", Duration.ofSeconds(5),
                clock);
        node.database(database);
        return node;
    }

    @Test
    void twoNodesSeeEachOtherAndTheDriftBetweenThem() throws IOException {
        Moving clock = new Moving();
        ClusterNode a = node("node-a", TestCatalogs.of(ANHUI, LU_AN, YEJI, HUANGSHAN), clock);
        ClusterNode b = node("node-b", TestCatalogs.of(ANHUI, LU_AN, YEJI), clock);
        a.beat();
        b.beat();

        ClusterView view = ClusterView.of(a.id(), a.heartbeat(), a.now(), a.nodes());
        assertEquals("node-a", view.self());
        assertEquals(List.of("node-a", "node-b"), view.nodes().stream().map(ClusterView.Node::id).toList());
        assertTrue(view.nodes().stream().allMatch(ClusterView.Node::alive));
        assertEquals(4, view.nodes().get(0).jurisdictions(), "安徽省, 六安市, 叶集区, 黄山市");
        assertEquals(3, view.nodes().get(1).jurisdictions());
        assertEquals("http://node-b:8181/", view.nodes().get(1).address());
        assertEquals(1, view.drift().size(), view.drift().toString());
        ClusterView.Drift huangshan = view.drift().get(0);
        assertEquals("341000", huangshan.jurisdiction());
        assertEquals("1.0.0 active", huangshan.served().get("node-a"));
        assertTrue(huangshan.served().containsKey("node-b"));
        assertNull(huangshan.served().get("node-b"), "node-b does not serve 黄山市");

        // node-b stops beating: after three heartbeats it is not alive, and the drift is between live nodes only
        clock.now = clock.now.plusSeconds(16);
        a.beat();
        ClusterView later = ClusterView.of(a.id(), a.heartbeat(), a.now(), a.nodes());
        assertTrue(later.nodes().get(0).alive());
        assertFalse(later.nodes().get(1).alive());
        assertEquals(List.of(), later.drift());

        // the same bundles on both: no drift
        ClusterNode b2 = node("node-b", TestCatalogs.of(ANHUI, LU_AN, YEJI, HUANGSHAN), clock);
        b2.beat();
        ClusterView same = ClusterView.of(a.id(), a.heartbeat(), a.now(), a.nodes());
        assertEquals(2, same.nodes().size(), "a node that starts again keeps its row");
        assertTrue(same.nodes().get(1).alive());
        assertEquals(List.of(), same.drift());
    }

    @Test
    void withoutTheDatabaseTheNodesAreA503AndTheHeartbeatWaits() throws IOException {
        ClusterNode node = new ClusterNode(TestCatalogs.of(ANHUI), "solo", "", "0.1.0", Duration.ofSeconds(5),
                Clock.systemUTC());
        node.beat();
        assertThrows(ServiceUnavailableException.class, node::nodes);
        node.database(database);
        node.beat();
        assertEquals(Map.of("340000", "1.0.0 active"), node.nodes().get(0).served());
    }
}
