package io.renshe.catalog.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import io.renshe.testing.postgresql.PostgresExtension;
import io.renshe.testing.postgresql.PostgresServer;

/**
 * The migration runner on PostgreSQL, which the build starts for the tests (testing/postgresql): every test of
 * {@link MigrationRunnerContract}, each in a schema of its own.
 */
@ExtendWith(PostgresExtension.class)
class PostgresqlMigrationRunnerTest extends MigrationRunnerContract {

    static final String DATABASE = "store_migrations";
    private static PostgresServer server;
    private String schema;

    @BeforeAll
    static void database(PostgresServer running) {
        server = running;
        server.createDatabase(DATABASE);
    }

    @BeforeEach
    void open(TestInfo test) throws SQLException {
        schema = "t_" + test.getTestMethod().orElseThrow().getName().toLowerCase(java.util.Locale.ROOT);
        connection = server.connect(DATABASE);
        try (Statement s = connection.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        connection.setSchema(schema);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Override
    Connection secondConnection() throws SQLException {
        Connection second = server.connect(DATABASE);
        second.setSchema(schema);
        return second;
    }

    @Override
    String dialect() {
        return "postgresql";
    }
}
