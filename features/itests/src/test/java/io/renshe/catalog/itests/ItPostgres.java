package io.renshe.catalog.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.nio.file.Paths;

import org.ops4j.pax.exam.Option;

import io.renshe.testing.postgresql.PostgresServer;

/**
 * The PostgreSQL server of the integration tests, started in the test JVM (not in the container) when a test class's
 * configuration first asks for it, in {@code target/postgresql}, and stopped when the test JVM ends (also when a test
 * failed). The container learns its URL and credentials from system properties.
 */
final class ItPostgres {

    static final String DATABASE = "renshe_it";
    private static PostgresServer server;

    private ItPostgres() {
    }

    static synchronized Option[] options() {
        if (server == null) {
            server = PostgresServer.start(Paths.get("target", "postgresql"));
            server.createDatabase(DATABASE);
        }
        return new Option[] {
            systemProperty("renshe.test.postgresql.url").value(server.url(DATABASE)),
            systemProperty("renshe.test.postgresql.user").value(PostgresServer.USER),
            systemProperty("renshe.test.postgresql.password").value(PostgresServer.PASSWORD),
        };
    }
}
