package io.renshe.catalog.browser;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The platform's built distribution, unpacked afresh under {@code target/platform} and started as the README starts
 * it ({@code bin/karaf server}) in a process of its own, on free ports for HTTP, SSH and the two RMI ports. Ready when
 * {@code /api/health/ready} answers 200, {@code /api/jurisdictions} lists every shipped jurisdiction active and the
 * console answers; {@link #close()}
 * stops it (SIGTERM to the JVM, then kill after 30 s), also when a test failed, and a JVM shutdown hook does the same
 * if the test JVM itself is stopped.
 */
final class Distribution implements AutoCloseable {

    /** The jurisdictions the distribution boots with: 安徽省, 黄山市, 六安市, 叶集区, 甘肃省, 白银市, 白银区. */
    static final int SHIPPED_JURISDICTIONS = 7;
    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

    /** A user of the platform under test, written into its etc/users.properties before it starts. */
    record User(String name, String password, String roles) {
    }

    /** The provincial administrator. */
    static final User ADMIN = new User("province-admin", "Admin-Passphrase-2026", "renshe-admin");
    /** 叶集区's office. */
    static final User YEJI = new User("yeji-office", "Yeji-Office-Passphrase-2026", "renshe-office-341504");
    /** 黄山市's office. */
    static final User HUANGSHAN = new User("huangshan-office", "Huangshan-Passphrase-2026", "renshe-office-341000");
    /** 六安市's office: writes 六安市 and 叶集区, not 黄山市. */
    static final User LU_AN = new User("luan-office", "Luan-Passphrase-2026", "renshe-office-341500");
    /** An administrator whose password is not ASCII (sent as UTF-8). */
    static final User CONSOLE_ADMIN = new User("console-admin", "密码 p@ss", "renshe-admin");
    static final List<User> USERS = List.of(ADMIN, YEJI, HUANGSHAN, LU_AN, CONSOLE_ADMIN);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path home;
    private final int httpPort;
    private final Process process;
    private final Path log;
    private final Thread hook;

    private Distribution(Path home, int httpPort, Process process, Path log) {
        this.home = home;
        this.httpPort = httpPort;
        this.process = process;
        this.log = log;
        this.hook = new Thread(this::stop, "stop-platform");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Unpacks and starts the distribution, and waits until it serves. */
    static Distribution start() throws IOException, InterruptedException {
        return start(Path.of(required("renshe.work")), Map.of());
    }

    /**
     * Unpacks the distribution afresh into a folder of its own, adds users to {@code etc/users.properties}
     * ({@code name → "password,role,…"}), starts it and waits until it serves.
     */
    static Distribution start(Path work, Map<String, String> users) throws IOException, InterruptedException {
        Path archive = Path.of(required("renshe.distribution"));
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("The distribution " + archive + " is not built: run the reactor build "
                    + "(mvn -B verify) from the repository root");
        }
        deleteTree(work);
        Files.createDirectories(work);
        run(work, "tar", "xzf", archive.toString(), "-C", work.toString());
        Path home;
        try (Stream<Path> children = Files.list(work)) {
            home = children.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IllegalStateException("empty distribution archive " + archive));
        }
        addUsers(home.resolve("etc/users.properties"));
        int http = freePort();
        setProperty(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(freePort()));
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", Integer.toString(freePort()));
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", Integer.toString(freePort()));
        for (Map.Entry<String, String> user : users.entrySet()) {
            setProperty(home.resolve("etc/users.properties"), user.getKey(), user.getValue());
        }
        return launch(home, http, work.resolve("karaf-console.log"));
    }

    /** Starts {@code bin/karaf server} in an unpacked distribution and waits until it serves. */
    private static Distribution launch(Path home, int http, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("RENSHE_HTTP_PORT", Integer.toString(http));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("KARAF_DEBUG");
        Distribution distribution = new Distribution(home, http, builder.start(), log);
        try {
            distribution.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            distribution.close();
            throw e;
        }
        return distribution;
    }

    /**
     * Kills the platform's JVM at once ({@code kill -9}: no shutdown hook, no clean stop of the database), as a power
     * cut or the kernel's out-of-memory killer would, and waits until it is gone.
     */
    void kill() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        for (ProcessHandle handle : all) {
            handle.destroyForcibly();
        }
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("process " + handle.pid() + " did not die", e);
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }

    /** Starts the same distribution again (its data kept) after {@link #close()} or {@link #kill()}. */
    Distribution restart() throws IOException, InterruptedException {
        if (process.isAlive()) {
            throw new IllegalStateException("the platform still runs: close() or kill() it first");
        }
        return launch(home, httpPort, log);
    }

    String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /**
     * A request to the platform: {@code body} (any object) sent as JSON, or no body when null; the headers as given
     * (authorization, If-Match, X-Id-Suffix …). Answers accept JSON.
     */
    HttpResponse<String> send(String method, String path, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    Path home() {
        return home;
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        String last = "no answer yet";
        Pattern active = Pattern.compile("\"status\"\\s*:\\s*\"active\"");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("bin/karaf server exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/jurisdictions"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                last = ready.statusCode() + " " + ready.body() + "; " + health.statusCode() + " " + health.body();
                if (ready.statusCode() == 200 && health.statusCode() == 200
                        && active.matcher(health.body()).results().count() == SHIPPED_JURISDICTIONS) {
                    HttpResponse<Void> console = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/console/"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                    if (console.statusCode() == 200) {
                        return;
                    }
                    last = "console answered " + console.statusCode();
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The platform was not ready within " + READY_TIMEOUT.toSeconds() + " s; last: "
                + last + "\n" + tail());
    }

    /** The last lines of Karaf's log, for a failure message. */
    String tail() {
        Path karafLog = home.resolve("data/log/karaf.log");
        List<String> lines = new ArrayList<>();
        for (Path file : List.of(log, karafLog)) {
            try {
                List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
                lines.add("--- " + file);
                lines.addAll(all.subList(Math.max(0, all.size() - 40), all.size()));
            } catch (IOException e) {
                lines.add("--- " + file + ": " + e.getMessage());
            }
        }
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }

    private void stop() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (the failsafe configuration sets it)");
        }
        return value;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void setProperty(Path cfg, String key, String value) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg, StandardCharsets.UTF_8));
        boolean set = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*" + Pattern.quote(key) + "\\s*=.*")) {
                lines.set(i, key + " = " + value);
                set = true;
            }
        }
        if (!set) {
            lines.add(key + " = " + value);
        }
        Files.write(cfg, lines, StandardCharsets.UTF_8);
    }

    /** Appends the test users (no user ships with the platform), non-ASCII written as Unicode escapes. */
    private static void addUsers(Path users) throws IOException {
        StringBuilder lines = new StringBuilder("\n# test users (browser tests)\n");
        for (User user : USERS) {
            lines.append(escape(user.name())).append(" = ").append(escape(user.password())).append(',')
                    .append(user.roles()).append('\n');
        }
        Files.writeString(users, lines, StandardCharsets.ISO_8859_1, java.nio.file.StandardOpenOption.APPEND);
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            escaped.append(c < 0x80 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return escaped.toString();
    }

    /** Writes a configuration file of etc/ (Config Admin applies it at once). */
    void writeConfiguration(String name, String content) throws IOException {
        Path target = home.resolve("etc").resolve(name);
        Path temp = Files.createTempFile(home.resolve("data"), "cfg", ".tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    String readConfiguration(String name) throws IOException {
        return Files.readString(home.resolve("etc").resolve(name), StandardCharsets.UTF_8);
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
