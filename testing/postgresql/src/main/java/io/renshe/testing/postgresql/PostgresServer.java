package io.renshe.testing.postgresql;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The machine's PostgreSQL server (Debian's {@code postgresql} package), started for tests: {@code initdb} into a
 * folder of the test, {@code pg_ctl start} on a free port of 127.0.0.1 (no Unix socket), run as an unprivileged user
 * ({@value #UNPRIVILEGED} when the tests run as root, for PostgreSQL refuses root), with password authentication for
 * {@value #USER}. {@link #close()} stops it ({@code pg_ctl stop -m fast}); a JVM shutdown hook does too, should the
 * test JVM end first. A server left running in the folder by a killed earlier run is stopped first.
 * <p>
 * The server is made for tests: {@code fsync} is off. A machine without PostgreSQL fails at once, saying how to
 * install it; nothing is skipped.
 */
public final class PostgresServer implements AutoCloseable {

    /** The superuser the tests connect as. */
    public static final String USER = "renshe";
    /** Its password (the test server listens on 127.0.0.1 only). */
    public static final String PASSWORD = "renshe-test-only";
    /** The user that runs the server when the tests run as root. */
    public static final String UNPRIVILEGED = "postgres";
    /** A system property naming the folder of PostgreSQL's programs, when they are not found by themselves. */
    public static final String BIN_PROPERTY = "renshe.postgresql.bin";

    static final String INSTALL = "PostgreSQL's server programs (initdb, pg_ctl) are needed by this test and were not "
            + "found. On Debian or Ubuntu install them with: sudo apt-get install -y postgresql "
            + "(.ci/run does it when they are missing); elsewhere set -D" + BIN_PROPERTY + "=<folder of initdb and pg_ctl>";

    private final Path bin;
    private final Path data;
    private final Path log;
    private final int port;
    private final boolean asRoot;
    private final Thread hook;
    private volatile boolean stopped;

    private PostgresServer(Path bin, Path data, Path log, int port, boolean asRoot) {
        this.bin = bin;
        this.data = data;
        this.log = log;
        this.port = port;
        this.asRoot = asRoot;
        this.hook = new Thread(this::stopQuietly, "stop-postgresql");
    }

    /**
     * Creates a cluster in {@code folder} (emptied first) and starts it.
     *
     * @param folder a folder of the test, such as {@code target/postgresql} (see {@link #reachable} when run as root)
     * @return the running server
     * @throws IllegalStateException when PostgreSQL is not installed (the message says how to install it) or does not
     *         start (the message holds the end of its log)
     */
    public static PostgresServer start(Path folder) {
        Path bin = findBin();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path base = reachable(folder.toAbsolutePath(), root);
            Path data = base.resolve("data");
            stopStale(bin, data, root, base);
            deleteTree(base);
            Files.createDirectories(base);
            Path passwordFile = base.resolve("password");
            Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
            Path log = base.resolve("postgresql.log");
            if (root) {
                giveTo(base, UNPRIVILEGED);
            }
            int port = freePort();
            PostgresServer server = new PostgresServer(bin, data, log, port, root);
            server.run(base, 120, "initdb", "-D", data.toString(), "-U", USER, "--auth=scram-sha-256",
                    "--pwfile=" + passwordFile, "-E", "UTF8", "--locale=C", "--no-sync");
            server.run(base, 120, "pg_ctl", "-D", data.toString(), "-l", log.toString(), "-w", "-t", "60", "-o",
                    "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=120",
                    "start");
            Runtime.getRuntime().addShutdownHook(server.hook);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL for the tests could not be set up in " + folder, e);
        }
    }

    /** The port it listens on, at 127.0.0.1. */
    public int port() {
        return port;
    }

    /** The JDBC URL of a database of the server. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A connection to a database as {@value #USER}. */
    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        properties.setProperty("password", PASSWORD);
        return new org.postgresql.Driver().connect(url(database), properties);
    }

    /**
     * Creates a database (dropped first when it exists).
     *
     * @param name a lower-case name
     * @return the name
     */
    public String createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a database name of lower-case letters, digits and _: " + name);
        }
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** The server's log, for a failure message. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the server; the folder stays for a look afterwards. */
    @Override
    public void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs now
        }
        run(data.getParent(), 60, "pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
    }

    private void stopQuietly() {
        if (!stopped) {
            stopped = true;
            try {
                run(data.getParent(), 60, "pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop");
            } catch (RuntimeException e) {
                System.err.println("PostgreSQL of the tests not stopped: " + e.getMessage());
            }
        }
    }

    private void run(Path directory, int seconds, String program, String... arguments) {
        command(bin, directory, asRoot, seconds, program, arguments);
    }

    private static String command(Path bin, Path directory, boolean asRoot, int seconds, String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of("runuser", "-u", UNPRIVILEGED, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("ops-postgresql-", ".out");
            try {
                Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .start();
                if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " did not end within " + seconds + " s");
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n" + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", command) + " interrupted", e);
        }
    }

    /** The folder of initdb and pg_ctl: the system property, pg_config's, the newest of Debian's, or the PATH's. */
    static Path findBin() {
        String configured = System.getProperty(BIN_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path bin = Paths.get(configured);
            if (!Files.isExecutable(bin.resolve("initdb"))) {
                throw new IllegalStateException(BIN_PROPERTY + "=" + configured + " holds no initdb. " + INSTALL);
            }
            return bin;
        }
        Path debian = Paths.get("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Path newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                        .max(Comparator.comparingInt(PostgresServer::version)).orElse(null);
                if (newest != null) {
                    return newest.resolve("bin");
                }
            } catch (IOException e) {
                // look elsewhere
            }
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path bin = Paths.get(folder);
            if (!folder.isBlank() && Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"))) {
                return bin;
            }
        }
        throw new IllegalStateException(INSTALL);
    }

    /**
     * The folder of the server: {@code base} itself, unless the tests run as root below a folder that other users may
     * not enter (a clone under {@code /root}), which the unprivileged user could not reach; then a folder of the
     * temporary folder named after {@code base}, the same one at every run (so that a stale server there is stopped).
     */
    static Path reachable(Path base, boolean root) {
        if (!root || othersMayEnter(base.getParent())) {
            return base;
        }
        return Paths.get(System.getProperty("java.io.tmpdir"), "renshe-postgresql-"
                + Integer.toHexString(base.toString().hashCode())).toAbsolutePath();
    }

    private static boolean othersMayEnter(Path folder) {
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
                try {
                    if (!Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                        return false;
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int version(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString().replaceAll("\\..*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void stopStale(Path bin, Path data, boolean root, Path base) {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            try {
                command(bin, base, root, 60, "pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
            } catch (RuntimeException notRunning) {
                // a stale pid file: nothing runs there
            }
        }
    }

    private static void giveTo(Path folder, String user) throws IOException {
        UserPrincipalLookupService users = folder.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal owner;
        try {
            owner = users.lookupPrincipalByName(user);
        } catch (IOException e) {
            throw new IllegalStateException("The tests run as root, and PostgreSQL refuses to run as root: it runs as the "
                    + "user " + user + ", which the postgresql package creates, and there is no such user here. " + INSTALL);
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                Files.setOwner(path, owner);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL of the tests at 127.0.0.1:" + port + " (" + data + ", " + bin.getParent().getFileName()
                + (asRoot ? ", as " + UNPRIVILEGED : "") + ")";
    }
}
