package io.renshe.catalog.itests;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.CoreOptions.when;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Boots the platform's own Karaf distribution for Pax Exam, on free ports, with the platform feature installed and
 * no jurisdiction yet, and gives the tests HTTP, JSON and bundle helpers. {@code -Drenshe.keep=true} keeps the
 * container folder under {@code target/exam} for a look afterwards.
 */
public abstract class PlatformTestSupport {

    static final String KARAF_VERSION = "4.4.10";
    static final String BOOT_FEATURES = "instance,package,log,ssh,framework,system,eventadmin,feature,shell,"
            + "management,service,jaas,deployer,diagnostic,wrap,bundle,config,kar,aries-blueprint,shell-compat,scr,"
            + "renshe-platform";
    static final long TIMEOUT_MS = 60_000;

    /** Users the tests sign in as (etc/users.properties of the container, passwords in clear until first used). */
    static final String ADMIN = "province-admin";
    static final String ADMIN_PASSWORD = "Admin-Passphrase-2026";
    static final String YEJI = "yeji-office";
    static final String YEJI_PASSWORD = "Yeji-Office-Passphrase-2026";
    static final String HUANGSHAN = "huangshan-office";
    static final String HUANGSHAN_PASSWORD = "Huangshan-Passphrase-2026";
    static final String LU_AN = "luan-office";
    static final String LU_AN_PASSWORD = "Luan-Passphrase-2026";

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected FeaturesService featuresService;

    @Inject
    protected SessionFactory sessionFactory;

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * Waits until the API is served: the JAX-RS whiteboard deploys its application again whenever a resource or an
     * extension arrives, and while the platform's components come up a request may meet none; the database opens
     * a moment after the catalog is served.
     */
    @Before
    public void awaitTheApi() throws Exception {
        await("the API serves the catalog and the calendar, and the database is up",
                () -> get("/api/jurisdictions").status() == 200 && get("/api/calendar").status() == 200
                        && get("/api/catalogue").status() == 200 && get("/api/health").status() == 200);
    }

    @Configuration
    public Option[] config() {
        String distribution = System.getProperty("renshe.distribution");
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(new File(distribution).toURI().toString())
                    .karafVersion(KARAF_VERSION)
                    .name("Renshe platform")
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            when(Boolean.getBoolean("renshe.keep")).useOptions(keepRuntimeFolder()),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.INFO),
            vmOptions(java17Options()),
            vmOptions("-Xmx768m", "-Djdk.util.zip.disableZip64ExtraFieldValidation=true", "-Dfile.encoding=UTF-8"),
            editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", BOOT_FEATURES),
            editConfigurationFilePut("etc/users.properties", ADMIN, ADMIN_PASSWORD + ",renshe-admin"),
            editConfigurationFilePut("etc/users.properties", YEJI, YEJI_PASSWORD + ",renshe-office-341504"),
            editConfigurationFilePut("etc/users.properties", HUANGSHAN, HUANGSHAN_PASSWORD + ",renshe-office-341000"),
            editConfigurationFilePut("etc/users.properties", LU_AN, LU_AN_PASSWORD + ",renshe-office-341500"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(HTTP_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", Integer.toString(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", Integer.toString(freePort())),
            systemProperty("renshe.test.http.port").value(Integer.toString(HTTP_PORT)),
            // the version the build gives (failsafe), for the tests inside the container to compare with
            systemProperty("renshe.version").value(System.getProperty("renshe.version", "")),
        };
    }

    private static final int HTTP_PORT = freePort();

    /** The flags bin/karaf passes on Java 9 and later; Pax Exam does not add them itself. */
    static String[] java17Options() {
        return new String[] {
            "--add-reads=java.xml=java.logging",
            "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
            "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + KARAF_VERSION + ".jar",
            "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + KARAF_VERSION + ".jar",
            "--add-opens", "java.base/java.security=ALL-UNNAMED",
            "--add-opens", "java.base/java.net=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/java.util=ALL-UNNAMED",
            "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
            "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
            "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
            "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
            "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
            "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
            "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
            "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
        };
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    // HTTP

    /** An HTTP answer, with its headers (names in lower case). */
    protected record Answer(int status, String contentType, String body, Map<String, List<String>> headers) {

        /** The first value of a header, or {@code null}. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    /** The value of an {@code Authorization} header signing a user in with HTTP Basic. */
    protected static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    protected int httpPort() {
        return Integer.getInteger("renshe.test.http.port");
    }

    protected Answer get(String path) throws IOException {
        return request("GET", path, null, null, "application/json");
    }

    protected Answer post(String path, String contentType, byte[] body) throws IOException {
        return request("POST", path, contentType, body, "application/json");
    }

    /** Any request: its method, a body of a content type (or {@code null}), and an {@code Accept} header (or none). */
    protected Answer request(String method, String path, String contentType, byte[] body, String accept)
            throws IOException {
        return request(method, path, contentType, body, accept, Map.of());
    }

    /** The same, with more request headers ({@code Authorization}, {@code If-Match} …). */
    protected Answer request(String method, String path, String contentType, byte[] body, String accept,
            Map<String, String> headers) throws IOException {
        URL url = URI.create("http://localhost:" + httpPort() + path).toURL();
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod(method);
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        if (accept != null) {
            connection.setRequestProperty("Accept", accept);
        }
        headers.forEach(connection::setRequestProperty);
        if (body != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", contentType);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
        }
        int status = connection.getResponseCode();
        InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        String text = "";
        if (in != null) {
            try (InputStream stream = in) {
                text = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        Map<String, List<String>> answered = new TreeMap<>();
        connection.getHeaderFields().forEach((name, values) -> {
            if (name != null) {
                answered.put(name.toLowerCase(Locale.ROOT), values);
            }
        });
        return new Answer(status, connection.getContentType(), text, answered);
    }

    protected JsonNode json(Answer answer) throws IOException {
        return mapper.readTree(answer.body());
    }

    /** GET that must answer 200 with JSON. */
    protected JsonNode getJson(String path) throws IOException {
        Answer answer = get(path);
        if (answer.status() != 200) {
            fail("GET " + path + " answered " + answer.status() + ": " + answer.body());
        }
        assertTrue("JSON content type for " + path + ": " + answer.contentType(),
                answer.contentType() != null && answer.contentType().startsWith("application/json"));
        return json(answer);
    }

    protected static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // console

    /** Runs a command of the Karaf console and answers what it printed. */
    protected String executeCommand(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), out, out);
        try {
            session.execute(command);
        } finally {
            out.flush();
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    // waiting

    protected static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        Exception last = null;
        while (System.currentTimeMillis() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
                last = null;
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for " + what + (last == null ? "" : ": " + last), last);
    }

    // bundles

    protected Bundle bundle(String symbolicName) {
        for (Bundle bundle : bundleContext.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        return null;
    }

    protected void installFeature(String name) throws Exception {
        featuresService.installFeature(name, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
    }

    /**
     * Builds a data-only jurisdiction bundle from a fixture folder of this test bundle ({@code fixtures/<name>/}).
     */
    protected byte[] jurisdictionBundle(String fixture, String symbolicName, String version) throws IOException {
        return jurisdictionBundle(fixture, symbolicName, version, java.util.Map.of());
    }

    /** The same, with more manifest headers. */
    protected byte[] jurisdictionBundle(String fixture, String symbolicName, String version,
            java.util.Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", version);
        main.putValue("Require-Capability",
                "osgi.extender;filter:=\"(&(osgi.extender=io.renshe.catalog)(version>=1.0.0)(!(version>=2.0.0)))\"");
        main.putValue("Renshe-Catalog", "CATALOG-INF");
        headers.forEach(main::putValue);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Bundle self = FrameworkUtil.getBundle(getClass());
        List<URL> files = new ArrayList<>();
        Enumeration<URL> entries = self.findEntries("fixtures/" + fixture, "*.yaml", false);
        while (entries != null && entries.hasMoreElements()) {
            files.add(entries.nextElement());
        }
        if (files.isEmpty()) {
            throw new IOException("no fixture files in fixtures/" + fixture);
        }
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (URL file : files) {
                String path = file.getPath();
                jar.putNextEntry(new JarEntry("CATALOG-INF/" + path.substring(path.lastIndexOf('/') + 1)));
                try (InputStream in = file.openStream()) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
