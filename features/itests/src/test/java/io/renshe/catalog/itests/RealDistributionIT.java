package io.renshe.catalog.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.RuntimeMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.tools.attach.VirtualMachine;

import io.renshe.tools.generator.JurisdictionGenerator;

/**
 * The built distribution ({@code renshe-distribution-*.tar.gz}) unpacked and started with its own scripts, as an
 * operator starts it, on free ports: the JVM runs with the heap and out-of-memory settings of {@code bin/setenv}
 * (read from the process arguments, as {@code ps} shows them, and from the JVM itself over a local JMX attach), a
 * heap size from the environment overrides it, 300 jurisdiction jars copied into {@code deploy/} at once all go
 * live, and they are live again after a restart. Not Pax Exam: Pax Exam starts Karaf with options of its own.
 * The steps build on each other and run in name order.
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RealDistributionIT {

    /** bin/setenv's defaults. */
    private static final long DEFAULT_MAX_HEAP = 2L * 1024 * 1024 * 1024;
    private static final String DEFAULT_XMX = "-Xmx2G";
    private static final String DEFAULT_XMS = "-Xms256M";
    /** The shipped localities with their parents (features renshe-huangshan, -yeji-district, -baiyin-district). */
    private static final int SHIPPED = 7;
    /** 河北省 (11 cities, 167 counties) and 山西省 (11 cities, 117 counties): 1 + 11 + 167 + 1 + 11 + 117 bundles. */
    private static final int GENERATED = 308;
    private static final Duration LIVE_WITHIN = Duration.ofSeconds(120);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path home;
    private static int httpPort;
    private static ProcessHandle karaf;

    @BeforeClass
    public static void unpack() throws Exception {
        Path distribution = Paths.get(System.getProperty("renshe.distribution"));
        Path root = Files.createDirectories(Paths.get("target", "real-distribution").toAbsolutePath());
        deleteTree(root);
        Files.createDirectories(root);
        run(root, Map.of(), "tar", "xzf", distribution.toString(), "-C", root.toString());
        try (Stream<Path> entries = Files.list(root)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", PlatformTestSupport.freePort());
        setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", PlatformTestSupport.freePort());
        setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", PlatformTestSupport.freePort());
        httpPort = PlatformTestSupport.freePort();
    }

    @AfterClass
    public static void stopKaraf() throws Exception {
        if (karaf != null && karaf.isAlive()) {
            run(home, environment(Map.of()), "bin/stop");
            if (!exited(karaf)) {
                karaf.destroyForcibly();
            }
        }
    }

    @Test
    public void a_binStartRunsTheServerWithTheHeapAndOutOfMemorySettingsOfBinSetenv() throws Exception {
        run(home, environment(Map.of()), "bin/start");
        karaf = awaitProcess();
        awaitActive(SHIPPED);

        List<String> arguments = arguments(karaf);
        assertEquals("-Xmx given once: " + arguments, 1, arguments.stream().filter(a -> a.startsWith("-Xmx")).count());
        assertTrue(arguments.toString(), arguments.contains(DEFAULT_XMX));
        assertTrue(arguments.toString(), arguments.contains(DEFAULT_XMS));
        assertTrue(arguments.toString(), arguments.contains("-XX:+HeapDumpOnOutOfMemoryError"));
        assertTrue(arguments.toString(), arguments.contains("-XX:+ExitOnOutOfMemoryError"));

        try (Jvm jvm = Jvm.attach(karaf)) {
            assertEquals(Long.toString(DEFAULT_MAX_HEAP), jvm.hotspot().getVMOption("MaxHeapSize").getValue());
            assertEquals(DEFAULT_MAX_HEAP, jvm.memory().getHeapMemoryUsage().getMax());
            assertEquals("true", jvm.hotspot().getVMOption("HeapDumpOnOutOfMemoryError").getValue());
            assertEquals("true", jvm.hotspot().getVMOption("ExitOnOutOfMemoryError").getValue());
            assertEquals(home.resolve("data").toString(), jvm.hotspot().getVMOption("HeapDumpPath").getValue());
            assertEquals("true", jvm.hotspot().getVMOption("UseStringDeduplication").getValue());
            assertTrue(jvm.runtime().getInputArguments().contains(DEFAULT_XMX));
        }
        assertTrue("the collector logs to data/log/gc.log", Files.readString(home.resolve("data/log/gc.log")).contains("Using G1"));
    }

    @Test
    public void b_threeHundredJarsCopiedIntoDeployAtOnceAllGoLive() throws Exception {
        Path generated = home.resolveSibling("generated");
        JurisdictionGenerator.Summary summary = new JurisdictionGenerator(Set.of("13", "14"), 20, 0, 2260, true)
                .write(generated);
        assertEquals(GENERATED, summary.bundles());
        List<Path> jars;
        try (Stream<Path> files = Files.list(generated.resolve("bundles"))) {
            jars = files.sorted().toList();
        }
        Path deploy = home.resolve("deploy");
        long start = System.nanoTime();
        for (Path jar : jars) {
            Files.copy(jar, deploy.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        awaitActive(SHIPPED + GENERATED);
        System.out.printf("%d jars copied into deploy/ at once: all live in %.1f s%n", jars.size(),
                (System.nanoTime() - start) / 1e9);
        JsonNode county = getJson("/api/jurisdictions/" + summary.countyCodes().get(0));
        assertEquals("active", county.path("status").asText());
        assertEquals("district", county.path("level").asText());
    }

    @Test
    public void c_afterARestartWithJavaMaxMemFromTheEnvironmentAllAreLiveAgain() throws Exception {
        run(home, environment(Map.of()), "bin/stop");
        assertTrue("Karaf stopped", exited(karaf));

        long start = System.nanoTime();
        run(home, environment(Map.of("JAVA_MAX_MEM", "1536M")), "bin/start");
        karaf = awaitProcess();
        awaitActive(SHIPPED + GENERATED);
        System.out.printf("restart to %d jurisdictions live: %.1f s%n", SHIPPED + GENERATED, (System.nanoTime() - start) / 1e9);

        List<String> arguments = arguments(karaf);
        assertTrue(arguments.toString(), arguments.contains("-Xmx1536M"));
        try (Jvm jvm = Jvm.attach(karaf)) {
            assertEquals(Long.toString(1536L * 1024 * 1024), jvm.hotspot().getVMOption("MaxHeapSize").getValue());
        }
    }

    @Test
    public void d_outOfHeapTheJvmWritesAHeapDumpUnderDataAndExits() throws Exception {
        run(home, environment(Map.of()), "bin/stop");
        assertTrue("Karaf stopped", exited(karaf));

        // 16 MB cannot hold Karaf: the JVM runs out of heap while it boots. "daemon" runs it in the script's process.
        ProcessBuilder builder = new ProcessBuilder("bin/karaf", "daemon").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("out-of-memory.out").toFile());
        clean(builder.environment()).putAll(environment(Map.of("JAVA_MIN_MEM", "8M", "JAVA_MAX_MEM", "16M")));
        Process daemon = builder.start();
        daemon.getOutputStream().close();
        if (!daemon.waitFor(90, TimeUnit.SECONDS)) {
            daemon.destroyForcibly();
            fail("the JVM did not exit on OutOfMemoryError");
        }
        assertEquals("exit code of -XX:+ExitOnOutOfMemoryError", 3, daemon.exitValue());
        Path dump = home.resolve("data/java_pid" + daemon.pid() + ".hprof");
        assertTrue(dump + " written", Files.size(dump) > 0);
        Files.delete(dump);
    }

    // the distribution

    private static Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> env = new java.util.HashMap<>(extra);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("RENSHE_HTTP_PORT", Integer.toString(httpPort));
        env.put("KARAF_REDIRECT", home.resolve("console.out").toString());
        return env;
    }

    private static void run(Path directory, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        clean(builder.environment()).putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed: " + output);
        }
    }

    /** Drops what the test's own environment could set for the scripts. */
    private static Map<String, String> clean(Map<String, String> env) {
        for (String name : List.of("RENSHE_JAVA_OPTS", "EXTRA_JAVA_OPTS", "JAVA_OPTS", "JAVA_MAX_MEM", "JAVA_MIN_MEM",
                "KARAF_HOME", "KARAF_BASE", "KARAF_DATA", "KARAF_ETC", "KARAF_SCRIPT")) {
            env.remove(name);
        }
        return env;
    }

    private static boolean exited(ProcessHandle process) throws InterruptedException {
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        }
    }

    /** The Karaf JVM of this distribution, found by its {@code -Dkaraf.home}. */
    private static ProcessHandle awaitProcess() throws InterruptedException {
        String marker = "-Dkaraf.home=" + home;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> found = ProcessHandle.allProcesses()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                    .filter(p -> arguments(p).contains(marker))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no Karaf JVM with " + marker);
    }

    /**
     * The command line of a process as {@code ps} shows it, from {@code /proc/<pid>/cmdline}: the JDK's
     * {@code ProcessHandle.Info#arguments()} gives none for a command line longer than a memory page, as Karaf's is.
     */
    private static List<String> arguments(ProcessHandle process) {
        try {
            String line = new String(Files.readAllBytes(Paths.get("/proc", Long.toString(process.pid()), "cmdline")),
                    StandardCharsets.UTF_8);
            return Arrays.asList(line.split("\u0000"));
        } catch (IOException gone) {
            return List.of();
        }
    }

    private static void awaitActive(int expected) throws Exception {
        long deadline = System.nanoTime() + LIVE_WITHIN.toNanos();
        int active = -1;
        while (System.nanoTime() < deadline) {
            assertTrue("the Karaf JVM is running", karaf.isAlive());
            try {
                HttpResponse<String> answer = get("/api/jurisdictions");
                if (answer.statusCode() == 200) {
                    active = 0;
                    for (JsonNode jurisdiction : JSON.readTree(answer.body())) {
                        active += "active".equals(jurisdiction.path("status").asText()) ? 1 : 0;
                    }
                    if (active == expected) {
                        return;
                    }
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        fail(active + " jurisdictions active, expected " + expected + " within " + LIVE_WITHIN.toSeconds() + " s");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(path);
        assertEquals(path + ": " + answer.body(), 200, answer.statusCode());
        return JSON.readTree(answer.body());
    }

    private static void setProperty(String file, String key, int value) throws IOException {
        Path path = home.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
        boolean set = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*" + key + "\\s*=.*")) {
                lines.set(i, key + " = " + value);
                set = true;
            }
        }
        if (!set) {
            lines.add(key + " = " + value);
        }
        Files.write(path, lines, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The platform MXBeans of another JVM, through the local management agent the attach API starts in it. */
    private record Jvm(JMXConnector connector, MBeanServerConnection server) implements AutoCloseable {

        static Jvm attach(ProcessHandle process) throws Exception {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(process.pid()));
            String address;
            try {
                address = vm.startLocalManagementAgent();
            } finally {
                vm.detach();
            }
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
            return new Jvm(connector, connector.getMBeanServerConnection());
        }

        HotSpotDiagnosticMXBean hotspot() throws IOException {
            return ManagementFactory.newPlatformMXBeanProxy(server, "com.sun.management:type=HotSpotDiagnostic",
                    HotSpotDiagnosticMXBean.class);
        }

        MemoryMXBean memory() throws IOException {
            return ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        }

        RuntimeMXBean runtime() throws IOException {
            return ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.RUNTIME_MXBEAN_NAME, RuntimeMXBean.class);
        }

        @Override
        public void close() throws IOException {
            connector.close();
        }
    }
}
