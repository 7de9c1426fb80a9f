package io.renshe.catalog.ops;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Debian's nginx in front of nodes, configured with the example of docs/cluster.md, read from that document at each
 * run: only the two {@code server} addresses of the upstream, the {@code listen} port and the certificate files are
 * replaced (a self-signed certificate for 127.0.0.1 made with {@code openssl}); the example goes into an {@code http}
 * block whose pid file, logs and temporary folders are in the test's folder. nginx runs in the foreground
 * ({@code daemon off}) as a child of the test; {@link #close()} stops it. A machine without nginx fails, saying how to
 * install it (.ci/run does).
 */
final class Nginx implements Submissions.Target, AutoCloseable {

    static final Path BINARY = Paths.get("/usr/sbin/nginx");
    private static final Pattern EXAMPLE = Pattern.compile("```nginx\n(.*?)```", Pattern.DOTALL);

    private final Process process;
    private final Path folder;
    private final int port;
    private final HttpClient client;

    private Nginx(Process process, Path folder, int port, HttpClient client) {
        this.process = process;
        this.folder = folder;
        this.port = port;
        this.client = client;
    }

    /** The nginx example of docs/cluster.md, as written there. */
    static String documentedExample(Path docs) throws IOException {
        Matcher example = EXAMPLE.matcher(Files.readString(docs.resolve("cluster.md"), StandardCharsets.UTF_8));
        if (!example.find()) {
            throw new IllegalStateException("docs/cluster.md holds no ```nginx example");
        }
        return example.group(1);
    }

    /** Starts nginx in {@code folder} (emptied first), balancing over the two nodes as the documented example does. */
    static Nginx start(Path folder, Path docs, Installed first, Installed second) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("nginx is needed by this test and was not found at " + BINARY + ". On Debian "
                    + "install it with: apt-get install -y nginx-light (.ci/run does it when it is missing)");
        }
        Installed.deleteTree(folder);
        Files.createDirectories(folder);
        Path certificate = folder.resolve("renshe.crt");
        Path key = folder.resolve("renshe.key");
        run(folder, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", key.toString(), "-out",
                certificate.toString());
        int port = Installed.freePort();
        String example = documentedExample(docs);
        example = replace(example, "server 10.0.0.11:8181 ", "server 127.0.0.1:" + first.uri("/").getPort() + " ");
        example = replace(example, "server 10.0.0.12:8181 ", "server 127.0.0.1:" + second.uri("/").getPort() + " ");
        example = replace(example, "listen 443 ssl;", "listen 127.0.0.1:" + port + " ssl;");
        example = replace(example, "/etc/ssl/renshe.crt", certificate.toString());
        example = replace(example, "/etc/ssl/renshe.key", key.toString());
        StringBuilder conf = new StringBuilder();
        if ("root".equals(System.getProperty("user.name"))) {
            conf.append("user root root;\n");
        }
        conf.append("worker_processes 1;\n")
                .append("pid ").append(folder.resolve("nginx.pid")).append(";\n")
                .append("error_log ").append(folder.resolve("error.log")).append(" info;\n")
                .append("events {\n    worker_connections 256;\n}\n")
                .append("http {\n")
                .append("    access_log ").append(folder.resolve("access.log")).append(";\n");
        for (String temp : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            conf.append("    ").append(temp).append("_temp_path ").append(folder.resolve(temp + "-temp")).append(";\n");
        }
        conf.append(example.indent(4)).append("}\n");
        Path file = folder.resolve("nginx.conf");
        Files.writeString(file, conf, StandardCharsets.UTF_8);
        List<String> command = List.of(BINARY.toString(), "-p", folder + "/", "-c", file.toString(), "-e",
                folder.resolve("error.log").toString(), "-g", "daemon off;");
        run(folder, concat(command, "-t"));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("nginx.out").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        Nginx nginx = new Nginx(process, folder, port, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .sslContext(trusting(certificate)).build());
        Runtime.getRuntime().addShutdownHook(new Thread(nginx::close, "stop-nginx"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        // not the pid file: `nginx -t` leaves it behind, empty; nginx serves once its port takes connections
        while (!accepts(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                nginx.close();
                throw new IllegalStateException("nginx did not start:\n" + nginx.log());
            }
            Thread.sleep(50);
        }
        return nginx;
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static String replace(String text, String documented, String tested) {
        if (!text.contains(documented)) {
            throw new IllegalStateException("the example of docs/cluster.md no longer holds '" + documented
                    + "', which the test replaces: change both together");
        }
        return text.replace(documented, tested);
    }

    private static List<String> concat(List<String> command, String argument) {
        List<String> all = new java.util.ArrayList<>(command);
        all.add(argument);
        return all;
    }

    private static SSLContext trusting(Path certificate) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            store.setCertificateEntry("nginx", CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(certificate))));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the test certificate cannot be trusted", e);
        }
    }

    private static void run(Path directory, List<String> command) throws IOException, InterruptedException {
        Path output = directory.resolve("command.out");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed:\n"
                    + Files.readString(output, StandardCharsets.UTF_8));
        }
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        run(directory, List.of(command));
    }

    /** A request through nginx, over HTTPS. */
    @Override
    public HttpResponse<String> send(String method, String path, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        return client.send(Installed.request(URI.create("https://127.0.0.1:" + port + path), method, json, headers),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** nginx's error log, for a failure message. */
    String log() {
        try {
            return Files.readString(folder.resolve("error.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no error log: " + e.getMessage() + ")";
        }
    }

    /** Stops nginx (SIGTERM: its fast shutdown) and waits until its processes have ended. */
    @Override
    public void close() {
        List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                handle.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handle.destroyForcibly();
            }
        }
    }
}
