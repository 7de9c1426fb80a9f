package io.renshe.tools.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.renshe.catalog.api.EffectiveCatalog;
import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.core.internal.CatalogValidator;

/** Generated bundles as the platform's own loader reads them. */
class JurisdictionGeneratorTest {

    @TempDir
    Path out;

    @Test
    void ningxiaIsOneProvinceFiveCitiesAndTwentyTwoCountiesAllValid() throws IOException {
        JurisdictionGenerator.Summary summary = new JurisdictionGenerator(Set.of("64"), 200, 1, 2260, true).write(out);
        // 宁夏回族自治区: 5 prefecture-level cities, 22 county-level divisions (one held back in extra/)
        assertEquals(1, summary.provinces());
        assertEquals(5, summary.cities());
        assertEquals(21, summary.counties());
        assertEquals(27, jars(out.resolve("bundles")).size());
        assertEquals(1, jars(out.resolve("extra")).size());
        assertEquals(21, Files.readAllLines(out.resolve("counties.txt")).size());

        CatalogValidator validator = new CatalogValidator();
        for (Path jar : jars(out.resolve("bundles"))) {
            validator.jar(jar);
        }
        for (Path jar : jars(out.resolve("extra"))) {
            validator.jar(jar);
        }
        List<JurisdictionStatus> statuses = validator.statuses();
        assertEquals(28, statuses.size());
        for (JurisdictionStatus status : statuses) {
            assertEquals(JurisdictionStatus.ACTIVE, status.status(), status.id() + ": " + status.errors());
        }
        assertEquals("宁夏回族自治区", validator.effective("640000").jurisdiction().name());

        String county = summary.countyCodes().get(0);
        assertTrue(county.matches("64\\d{4}") && !county.endsWith("00"), county);
        EffectiveCatalog catalog = validator.effective(county);
        assertEquals(List.of(county.substring(0, 4) + "00", "640000"), catalog.ancestors());
        // its own 200 entries: 就近办 60, 线上办 50, 村级平台 40, 提速办 20, five one-things of six items;
        // inherited: the city's 全市通办 and the province's 线上办 lists, 30 rows each
        int own = 0;
        int inherited = 0;
        for (EffectiveCatalog.Sourced<io.renshe.catalog.api.ItemList> list : catalog.lists()) {
            if (List.of("nearby", "online", "village-platform", "accelerated").contains(list.value().id())) {
                own += list.value().entries().size();
            } else {
                inherited += list.value().entries().size();
            }
        }
        own += catalog.bundleSets().get(0).value().bundles().stream().mapToInt(b -> b.items().size()).sum();
        assertEquals(200, own);
        assertEquals(60, inherited);
        assertTrue(catalog.items().size() > 40, "distinct items offered: " + catalog.items().size());
    }

    @Test
    void anhuiCountiesHangUnderTheShippedParentsWhichAreNotGenerated() throws IOException {
        JurisdictionGenerator.Summary summary = new JurisdictionGenerator(Set.of("34"), 20, 0, 7, true).write(out);
        // 安徽省: 16 cities, 104 counties; the distribution ships 安徽省, 黄山市, 六安市 and 叶集区 (one of the 104)
        assertEquals(0, summary.provinces());
        assertEquals(14, summary.cities());
        assertEquals(103, summary.counties());
        List<Path> jars = jars(out.resolve("bundles"));
        assertTrue(jars.stream().noneMatch(j -> j.getFileName().toString().contains("341000")));

        CatalogValidator validator = new CatalogValidator()
                .folder(Paths.get("../../jurisdictions/anhui/src/main/catalog"))
                .folder(Paths.get("../../jurisdictions/huangshan/src/main/catalog"))
                .folder(Paths.get("../../jurisdictions/lu-an/src/main/catalog"));
        for (Path jar : jars) {
            validator.jar(jar);
        }
        long active = validator.statuses().stream().filter(s -> JurisdictionStatus.ACTIVE.equals(s.status())).count();
        assertEquals(3 + 14 + 103, active, validator.statuses().stream().filter(s -> !JurisdictionStatus.ACTIVE.equals(s.status()))
                .map(s -> s.id() + " " + s.errors()).toList().toString());
        assertTrue(summary.countyCodes().stream().anyMatch(c -> c.startsWith("3410")), "counties under 黄山市");
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws IOException {
        new JurisdictionGenerator(Set.of("64"), 50, 0, 1, true).write(out.resolve("a"));
        new JurisdictionGenerator(Set.of("64"), 50, 0, 1, true).write(out.resolve("b"));
        List<Path> a = jars(out.resolve("a/bundles"));
        List<Path> b = jars(out.resolve("b/bundles"));
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
        }
    }

    @Test
    void theWholeCountryHasAbout2850CountiesUnder31Provinces() {
        List<Divisions.Division> all = Divisions.of(Set.of(), Set.of(), new java.util.Random(1));
        assertEquals(31, all.stream().filter(d -> d.level().equals("province")).count());
        assertEquals(333, all.stream().filter(d -> d.level().equals("city")).count());
        assertEquals(2844, all.stream().filter(d -> d.level().equals("district")).count());
        assertEquals(all.size(), all.stream().map(Divisions.Division::code).distinct().count(), "codes are unique");
        assertEquals(all.size(), all.stream().map(Divisions.Division::name).distinct().count(), "names are unique");
    }

    private static List<Path> jars(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".jar")).sorted().toList());
        }
    }
}
