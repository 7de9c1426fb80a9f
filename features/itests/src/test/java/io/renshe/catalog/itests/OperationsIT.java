package io.renshe.catalog.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.KeyStore;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;

/**
 * What an operator does (docs/operations.md): back up the embedded Derby database while the platform runs, write
 * more, restore, and find the backed-up state; scheduled backups; and HTTPS with a self-signed certificate made by
 * keytool, as the Pax Web settings of {@code etc/org.ops4j.pax.web.cfg} configure it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OperationsIT extends StoreTestSupport {

    private static final String KEYSTORE_PASSWORD = "renshe-it-tls";
    private static final int HTTPS_PORT = freePort();

    @Override
    @org.ops4j.pax.exam.Configuration
    public Option[] config() {
        Path keystore = Paths.get("target", "ops-it-keystore.p12").toAbsolutePath();
        try {
            Files.deleteIfExists(keystore);
            Process keytool = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "renshe", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=localhost, O=Renshe test", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                    "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", KEYSTORE_PASSWORD,
                    "-keypass", KEYSTORE_PASSWORD).redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("keytool could not make the test's certificate", e);
        }
        String web = "etc/org.ops4j.pax.web.cfg";
        return OptionUtils.combine(super.config(),
                editConfigurationFilePut(web, "org.osgi.service.http.secure.enabled", "true"),
                editConfigurationFilePut(web, "org.osgi.service.http.port.secure", Integer.toString(HTTPS_PORT)),
                editConfigurationFilePut(web, "org.ops4j.pax.web.ssl.keystore", keystore.toString()),
                editConfigurationFilePut(web, "org.ops4j.pax.web.ssl.keystore.type", "PKCS12"),
                editConfigurationFilePut(web, "org.ops4j.pax.web.ssl.keystore.password", KEYSTORE_PASSWORD),
                editConfigurationFilePut(web, "org.ops4j.pax.web.ssl.key.password", KEYSTORE_PASSWORD),
                systemProperty("renshe.test.https.port").value(Integer.toString(HTTPS_PORT)),
                systemProperty("renshe.test.keystore").value(keystore.toString()));
    }

    @Test
    public void backUpWriteMoreRestoreAndTheBackedUpStateIsBack() throws Exception {
        awaitUp();
        post("ops-test", "ops-backup", "before the backup");
        await("the first event written", () -> details("ops-backup").equals(List.of("before the backup")));

        Path backups = Paths.get(System.getProperty("karaf.data"), "it-backups");
        String written = executeCommand("catalog:backup " + backups);
        Matcher folder = Pattern.compile("Backup written: (\\S+)").matcher(written);
        assertTrue(written, folder.find());
        Path backup = Paths.get(folder.group(1));
        assertTrue(backup.toString(), backup.getFileName().toString().matches("renshe-\\d{8}-\\d{6}"));
        assertTrue(Files.isRegularFile(backup.resolve("backup.properties")));
        assertTrue(Files.isRegularFile(backup.resolve("derby/service.properties")));
        assertEquals("the platform served throughout", 200, get("/api/health/ready").status());

        post("ops-test", "ops-backup", "after the backup");
        await("the second event written", () -> details("ops-backup").size() == 2);

        String asked = executeCommand("catalog:restore " + backup);
        assertTrue(asked, asked.contains("Run again with --yes"));
        assertEquals("nothing restored without --yes", 2, details("ops-backup").size());

        String restored = executeCommand("catalog:restore --yes " + backup);
        assertTrue(restored, restored.contains("Database restored from " + backup.resolve("derby")));
        awaitUp();
        await("ready again", () -> get("/api/health/ready").status() == 200);
        assertEquals("the backed-up state is back", List.of("before the backup"), details("ops-backup"));
        Path data = Paths.get(System.getProperty("karaf.data"), "renshe");
        try (Stream<Path> kept = Files.list(data)) {
            assertEquals("the replaced database is kept beside it", 1,
                    kept.filter(p -> p.getFileName().toString().startsWith("derby.before-restore-")).count());
        }
        post("ops-test", "ops-backup", "after the restore");
        await("the database takes writes again", () -> details("ops-backup").size() == 2);
    }

    @Test
    public void scheduledBackupsRunAtTheirTime() throws Exception {
        awaitUp();
        Path folder = Paths.get(System.getProperty("karaf.data"), "it-scheduled");
        String at = LocalTime.now().plusSeconds(10).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        Path cfg = Paths.get(System.getProperty("karaf.etc"), "io.renshe.backup.cfg");
        String shipped = Files.readString(cfg, StandardCharsets.UTF_8);
        assertTrue("the distribution ships the schedule: " + shipped, shipped.contains("time = 02:30"));
        try {
            Files.writeString(cfg, "enabled = true\nfolder = " + folder + "\ntime = " + at + "\nkeep = 2\n", StandardCharsets.UTF_8);
            await("a scheduled backup at " + at, () -> {
                if (!Files.isDirectory(folder)) {
                    return false;
                }
                try (Stream<Path> backups = Files.list(folder)) {
                    return backups.anyMatch(b -> Files.isRegularFile(b.resolve("backup.properties")));
                }
            });
        } finally {
            Files.writeString(cfg, shipped, StandardCharsets.UTF_8);
        }
    }

    @Test
    public void httpsServesWithTheConfiguredCertificate() throws Exception {
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(new File(System.getProperty("renshe.test.keystore")).toPath())) {
            keystore.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keystore);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        String base = "https://localhost:" + System.getProperty("renshe.test.https.port");
        await("HTTPS answers", () -> {
            try {
                return client.send(HttpRequest.newBuilder(URI.create(base + "/api/health/live")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
        HttpResponse<String> live = client.send(HttpRequest.newBuilder(URI.create(base + "/api/health/live")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("{\"status\":\"up\"}", live.body());
        assertEquals("localhost", ((java.security.cert.X509Certificate) live.sslSession().orElseThrow()
                .getPeerCertificates()[0]).getSubjectX500Principal().getName().replaceAll("^CN=([^,]+),.*$", "$1"));
        HttpResponse<String> jurisdictions = client.send(HttpRequest.newBuilder(URI.create(base + "/api/jurisdictions"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, jurisdictions.statusCode());
        HttpClient trusting = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            trusting.send(HttpRequest.newBuilder(URI.create(base + "/api/health/live")).build(), HttpResponse.BodyHandlers.ofString());
            throw new AssertionError("a client that does not trust the self-signed certificate got through");
        } catch (javax.net.ssl.SSLHandshakeException expected) {
            assertFalse(expected.getMessage().isEmpty());
        }
    }
}
