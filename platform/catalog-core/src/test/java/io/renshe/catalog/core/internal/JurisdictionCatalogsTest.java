package io.renshe.catalog.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.CatalogService;
import io.renshe.catalog.api.JurisdictionStatus;

/** The catalog service with plain objects: bundles handed over by the extender, read back through the API. */
class JurisdictionCatalogsTest {

    private final JurisdictionCatalogs catalogs = new JurisdictionCatalogs(Fixtures.engine(),
            new JarValidation(Fixtures.engine()));

    /** Records what it hears. */
    static final class Recorder implements CatalogListener {
        final List<String> heard = new ArrayList<>();

        @Override
        public void opened(CatalogIndex current) {
            heard.add("opened " + current.statuses().size());
        }

        @Override
        public void changed(CatalogIndex before, CatalogIndex after) {
            heard.add("changed " + before.statuses().size() + " -> " + after.statuses().size());
        }
    }

    @Test
    void bundlesHandedOverAreServedAndListenersHearOfIt() throws IOException {
        CatalogService service = catalogs;
        assertEquals(List.of(), service.jurisdictions());
        Recorder recorder = new Recorder();
        catalogs.addListener(recorder);

        ParsedBundle province = Fixtures.parse("valid/province", 1);
        ParsedBundle city = Fixtures.parse("valid/city", 2);
        catalogs.apply(Map.of(1L, province, 2L, city), Set.of());
        assertEquals(List.of("990000", "990100"), service.jurisdictions().stream().map(JurisdictionStatus::id).toList());
        assertEquals("测试市", service.catalog("990100").orElseThrow().jurisdiction().name());
        assertEquals("信息中心", service.unit("990100", "市信息中心").orElseThrow());

        CatalogIndex before = catalogs.index();
        catalogs.apply(Map.of(), Set.of(1L));
        assertEquals(JurisdictionStatus.REJECTED, service.jurisdiction("990100").orElseThrow().status(),
                "the city loses its parent");
        assertTrue(service.catalog("990100").isEmpty());
        assertTrue(before.effective("990100").isPresent(), "a reader's snapshot does not change under it");

        catalogs.removeListener(recorder);
        catalogs.apply(Map.of(1L, province), Set.of());
        assertEquals(List.of("opened 0", "changed 0 -> 2", "changed 2 -> 1"), recorder.heard,
                "a removed listener hears nothing more");
        assertEquals(JurisdictionStatus.ACTIVE, service.jurisdiction("990100").orElseThrow().status());
    }

    @Test
    void aListenerBoundLaterHearsTheCurrentCatalog() throws IOException {
        catalogs.apply(Map.of(1L, Fixtures.parse("valid/province", 1)), Set.of());
        Recorder recorder = new Recorder();
        catalogs.addListener(recorder);
        assertEquals(List.of("opened 1"), recorder.heard);
    }

    @Test
    void validatesAJarAgainstTheDeployedBundles() throws IOException {
        catalogs.apply(Map.of(1L, Fixtures.parse("valid/province", 1)), Set.of());
        JurisdictionStatus city = catalogs.validate(new ByteArrayInputStream(jar("test.city", "valid/city")));
        assertEquals(JurisdictionStatus.ACTIVE, city.status(), city.toString());
        assertEquals("990100", city.id());
        JurisdictionStatus district = catalogs.validate(new ByteArrayInputStream(jar("test.district", "valid/district")));
        assertEquals(JurisdictionStatus.REJECTED, district.status());
        assertTrue(district.errors().get(0).reason().startsWith("unknown parent 990100"), district.toString());
        assertEquals(List.of("990000"), catalogs.jurisdictions().stream().map(JurisdictionStatus::id).toList(),
                "nothing is deployed");
    }

    @Test
    void servesTheFormatSchemaItValidatesWith() {
        assertSame(Fixtures.engine().schema().text(), catalogs.formatSchema());
        assertTrue(catalogs.formatSchema().contains("\"$id\": \"" + FormatSchema.ID + "\""));
    }

    private static byte[] jar(String name, String fixture) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", name);
        manifest.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        manifest.getMainAttributes().putValue(BundleFiles.HEADER, "CATALOG-INF");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, byte[]> file : Fixtures.files(Fixtures.folder(fixture)).entrySet()) {
                out.putNextEntry(new JarEntry("CATALOG-INF/" + file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
