package io.renshe.testing.postgresql;

import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test a running {@link PostgresServer} as a parameter ({@code @ExtendWith(PostgresExtension.class)}): one
 * server for the whole test run of a module, started in {@code target/postgresql} at its first use and stopped when the
 * run ends, passed or failed. Each test class makes its own database or schema on it.
 */
public final class PostgresExtension implements ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(PostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // an AutoCloseable in the root store is closed by JUnit when the run ends
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(PostgresServer.class, key -> PostgresServer.start(folder()), PostgresServer.class);
    }

    /** {@code target/postgresql} of the module under test, or the folder the system property names. */
    static Path folder() {
        String folder = System.getProperty("renshe.postgresql.folder");
        return folder != null ? Paths.get(folder) : Paths.get("target", "postgresql");
    }
}
