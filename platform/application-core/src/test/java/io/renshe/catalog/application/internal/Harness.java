package io.renshe.catalog.application.internal;

import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.apache.derby.jdbc.EmbeddedDriver;
import org.osgi.framework.Constants;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.application.spi.ItemPlugin;
import io.renshe.catalog.calendar.internal.WorkingDayCalendar;
import io.renshe.catalog.core.internal.TestCatalogs;
import io.renshe.catalog.store.internal.TestMigrations;

/**
 * The application service as the platform runs it, without OSGi: the real catalog (the shipped jurisdictions of
 * Anhui and Gansu read from their source folders), the real working-day calendar, an embedded Derby database in
 * memory migrated by the store's own runner, and a clock the test moves.
 */
final class Harness implements AutoCloseable {

    /** The repository's root: the working folder of a run from the root, else two folders up (a module's tests). */
    static final Path REPOSITORY = (Files.isDirectory(Paths.get("jurisdictions")) ? Paths.get(".") : Paths.get("../.."))
            .toAbsolutePath().normalize();
    private static final AtomicLong DATABASES = new AtomicLong();
    private static CatalogService catalog;

    final String name;
    final EmbeddedDataSource database = new EmbeddedDataSource();
    final TestClock clock;
    final ApplicationEngine engine;
    private long serviceIds = 100;

    /** With a database in memory. */
    Harness(LocalDate today) throws Exception {
        this(today, "memory:apps-test-" + DATABASES.incrementAndGet());
    }

    /** With a database of that name: {@code memory:…}, or a folder (durable, as the platform keeps it). */
    Harness(LocalDate today, String name) throws Exception {
        this.name = name;
        database.setDatabaseName(name);
        database.setConnectionAttributes("create=true");
        TestMigrations.migrate(database, ApplicationEngine.TRACK, REPOSITORY.resolve(
                "platform/application-core/src/main/resources/db/migrations"));
        clock = new TestClock(today);
        engine = new ApplicationEngine(catalog(), new WorkingDayCalendar(), configuration());
        engine.database = database;
        engine.clock = clock;
        engine.activate();
    }

    static synchronized CatalogService catalog() throws Exception {
        if (catalog == null) {
            catalog = TestCatalogs.of(REPOSITORY, "anhui", "huangshan", "gansu", "baiyin-city", "baiyin-district");
        }
        return catalog;
    }

    /** Registers a plug-in as the whiteboard would: with its items, a service id and a ranking. */
    Map<String, Object> plugin(ItemPlugin plugin, String... items) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(ItemPlugin.ITEMS, items);
        properties.put(Constants.SERVICE_ID, serviceIds++);
        properties.put(Constants.SERVICE_RANKING, 0);
        engine.addPlugin(plugin, properties, null);
        try {
            // the deliveries a new plug-in starts on the engine's worker are done before the test goes on
            engine.settleDecisions();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    long count(String table) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static ApplicationConfiguration configuration() {
        return new ApplicationConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ApplicationConfiguration.class;
            }

            @Override
            public String zone() {
                return "Asia/Shanghai";
            }

            @Override
            public int material_max_characters() {
                return 1000;
            }

            @Override
            public int materials_max_count() {
                return 5;
            }

            @Override
            public int decisions_retry_seconds() {
                return 3600;
            }
        };
    }

    @Override
    public void close() {
        engine.deactivate();
        try {
            new EmbeddedDriver().connect("jdbc:derby:" + name + (name.startsWith("memory:") ? ";drop=true" : ";shutdown=true"),
                    new Properties());
        } catch (SQLException dropped) {
            // 08006: dropped or shut down
        }
    }
}
