package io.renshe.catalog.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * PostgreSQL through the same store configuration, as docs/operations.md moves a platform there: on embedded Derby,
 * export every table; install the PostgreSQL driver (feature renshe-postgresql); point
 * {@code etc/org.ops4j.datasource-renshe.cfg} at the server the build started (testing/postgresql); the store migrates
 * it with the PostgreSQL scripts; import the export; the event log reads the events written on Derby and writes on.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresqlIT extends StoreTestSupport {

    @Override
    @Configuration
    public Option[] config() {
        return OptionUtils.combine(super.config(), ItPostgres.options());
    }

    @Test
    public void fromDerbyToPostgresqlByExportAndImport() throws Exception {
        awaitUp();
        for (String detail : List.of("黄山市 on Derby", "叶集区 on Derby", "白银区 on Derby")) {
            post("ops-test", "moved", detail);
        }
        await("three events on Derby", () -> details("moved").size() == 3);
        Path export = Paths.get(System.getProperty("karaf.data"), "renshe.export");
        String exported = executeCommand("catalog:export " + export);
        assertTrue(exported, exported.contains("Exported to " + export) && exported.contains("PLATFORM_EVENT: "));

        installFeature("renshe-postgresql");
        String cfg = Files.readString(cfg(), StandardCharsets.UTF_8);
        String postgresql = setting(setting(setting(setting(cfg, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                "url", System.getProperty("renshe.test.postgresql.url")),
                "user", System.getProperty("renshe.test.postgresql.user")),
                ".password", System.getProperty("renshe.test.postgresql.password"));
        write(postgresql);
        await("the store on PostgreSQL", () -> get("/api/health").status() == 200
                && details().path("database").path("product").asText().startsWith("PostgreSQL"));
        JsonNode database = details().path("database");
        assertEquals(System.getProperty("renshe.test.postgresql.url"), database.path("url").asText());
        assertEquals(1, database.path("schemaVersions").path("platform").asInt());
        assertEquals(200, get("/api/health/ready").status());
        assertEquals("the migration of PostgreSQL's dialect", "V1__platform_events.postgresql.sql", firstScript());

        String imported = executeCommand("catalog:import --replace " + export);
        assertTrue(imported, imported.contains("Imported from " + export));
        assertEquals(List.of("黄山市 on Derby", "叶集区 on Derby", "白银区 on Derby"), details("moved"));
        post("ops-test", "moved", "on PostgreSQL");
        await("a new event after the imported ones", () -> details("moved").size() == 4);
        assertEquals("on PostgreSQL", details("moved").get(3));
    }

    private String firstScript() throws Exception {
        ServiceReference<DataSource> migrated = awaitReference("(" + SCHEMA + "=platform)");
        try (Connection c = bundleContext.getService(migrated).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT SCRIPT FROM RENSHE_SCHEMA_HISTORY WHERE TRACK = 'platform' AND VERSION = 1")) {
            assertTrue(rs.next());
            return rs.getString(1);
        } finally {
            bundleContext.ungetService(migrated);
        }
    }
}
