package io.renshe.catalog.ops;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The platform installed as docs/operations.md installs it: the built {@code .tar.gz} unpacked afresh under
 * {@code target/platform}, free ports written into {@code etc/}, started with {@code bin/start} (in the background, as
 * a service manager runs it), and ready once {@code /api/health/ready} answers 200. One installation for the test JVM,
 * shared by the Jupiter tests and the jqwik properties; stopped with {@code bin/stop} when the JVM ends, passed or
 * failed (and killed if it does not stop within a minute).
 */
final class Installed {

    static final Duration READY = Duration.ofSeconds(300);
    static final String ADMIN = "ops-admin";
    static final String ADMIN_PASSWORD = "Ops-Admin-Passphrase-2026";
    private static Installed shared;

    private final Path home;
    private final int httpPort;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Installed(Path home, int httpPort) {
        this.home = home;
        this.httpPort = httpPort;
    }

    /** The installation of this test JVM, installed and started at the first call. */
    static synchronized Installed platform() {
        if (shared == null) {
            try {
                shared = install();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return shared;
    }

    private static Installed install() throws IOException, InterruptedException {
        return install(Paths.get(System.getProperty("renshe.work")), home -> {
        });
    }

    /** What a test writes into an unpacked installation's {@code etc/} before it starts. */
    interface Setup {
        void configure(Path home) throws IOException;
    }

    /**
     * Another installation, unpacked afresh into {@code work}, configured by {@code setup}, started; stopped when the
     * test JVM ends, or by {@link #stop()}.
     */
    static Installed install(Path work, Setup setup) throws IOException, InterruptedException {
        Path archive = Paths.get(System.getProperty("renshe.distribution"));
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("The distribution " + archive + " is not built: run mvn -B verify from the root");
        }
        deleteTree(work);
        Files.createDirectories(work);
        run(work, Duration.ofMinutes(2), "tar", "xzf", archive.toString(), "-C", work.toString());
        Path home;
        try (Stream<Path> children = Files.list(work)) {
            home = children.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        int http = freePort();
        setting(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", Integer.toString(http));
        setting(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", Integer.toString(freePort()));
        setting(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", Integer.toString(freePort()));
        setting(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", Integer.toString(freePort()));
        // the administrator who uploads (POST /api/validate needs renshe-admin); hashed by Karaf at its first use
        setting(home.resolve("etc/users.properties"), ADMIN, ADMIN_PASSWORD + ",renshe-admin");
        setup.configure(home);
        Installed platform = new Installed(home, http);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stopQuietly, "stop-renshe-platform"));
        platform.start();
        return platform;
    }

    Path home() {
        return home;
    }

    /** {@code bin/start}, then waits until ready. */
    void start() throws IOException, InterruptedException {
        script("start");
        awaitReady();
    }

    /** {@code bin/stop}, then waits until {@code bin/status} says it is not running. */
    void stop() throws IOException, InterruptedException {
        java.util.Optional<ProcessHandle> jvm = java.util.Optional.empty();
        Path pid = home.resolve("karaf.pid");
        if (Files.isRegularFile(pid)) {
            try {
                jvm = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()));
            } catch (NumberFormatException e) {
                // no pid written: bin/status decides below
            }
        }
        script("stop");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (status() == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("bin/stop did not stop the platform within a minute");
            }
            Thread.sleep(250);
        }
        // bin/status says "not running" before the JVM has finished its shutdown: a bin/start then would meet it
        if (jvm.isPresent()) {
            try {
                jvm.get().onExit().get(1, TimeUnit.MINUTES);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("the platform's JVM did not end within a minute of bin/stop", e);
            }
        }
    }

    /** The exit code of {@code bin/status}: 0 while running. */
    int status() throws IOException, InterruptedException {
        Process process = script("status");
        return process.exitValue();
    }

    private Process script(String name) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/" + name).toString()).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("scripts.log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_MAX_MEM", "1G");
        environment.remove("KARAF_DEBUG");
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("bin/" + name + " did not end within two minutes");
        }
        return process;
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = get("/api/health/ready");
                last = ready.statusCode() + " " + ready.body();
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("not ready within " + READY.toSeconds() + " s: " + last + "\n" + tail());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A POST as the administrator. */
    HttpResponse<String> post(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request with a JSON body (or none) and the given headers. */
    HttpResponse<String> send(String method, String path, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        return client.send(request(uri(path), method, json, headers), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request accepting JSON, with a JSON body (or none) and the given headers, to any address (a proxy's too). */
    static HttpRequest request(URI uri, String method, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        headers.forEach(request::header);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return request.build();
    }

    HttpClient client() {
        return client;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + httpPort + path);
    }

    /** The last lines of Karaf's log. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no karaf.log: " + e.getMessage() + ")";
        }
    }

    private void stopQuietly() {
        try {
            if (status() == 0) {
                stop();
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            System.err.println("The platform under test did not stop by bin/stop: " + e.getMessage());
            killFromPidFile();
        }
    }

    /**
     * {@code kill -9} of the platform's JVM (no shutdown hook, no clean stop of the database connections), as a power
     * cut or the out-of-memory killer would; returns once it has ended. {@link #start()} starts it again.
     */
    void kill() throws IOException, InterruptedException {
        ProcessHandle jvm = ProcessHandle.of(Long.parseLong(Files.readString(home.resolve("karaf.pid")).strip()))
                .orElseThrow(() -> new IllegalStateException("the platform's JVM does not run"));
        jvm.destroyForcibly();
        try {
            jvm.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the platform's JVM did not end within 30 s of kill -9", e);
        }
    }

    /** Kills the JVM whose id {@code bin/start} wrote to {@code karaf.pid} (Karaf's {@code karaf.pid.file}). */
    private void killFromPidFile() {
        Path pid = home.resolve("karaf.pid");
        try {
            if (Files.isRegularFile(pid)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroyForcibly);
            }
        } catch (IOException | NumberFormatException e) {
            System.err.println("No pid to kill: " + e.getMessage());
        }
    }

    static void setting(Path file, String key, String value) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*=.*$").matcher(text);
        String replaced = line.find() ? line.replaceFirst(Matcher.quoteReplacement(key + " = " + value))
                : text + "\n" + key + " = " + value + "\n";
        Files.writeString(file, replaced, StandardCharsets.UTF_8);
    }

    private static void run(Path directory, Duration limit, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            List<Path> paths = new ArrayList<>(all.toList());
            paths.sort(Comparator.reverseOrder());
            for (Path path : paths) {
                Files.delete(path);
            }
        }
    }
}
