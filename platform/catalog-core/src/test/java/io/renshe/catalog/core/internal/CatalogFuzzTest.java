package io.renshe.catalog.core.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.renshe.catalog.api.JurisdictionStatus;
import io.renshe.catalog.api.limits.LimitExceededException;

/**
 * Random and mutated catalog files and bundle jars thrown at the parser and at the validation of uploads: every one is
 * parsed into a status (active or rejected with its errors) or refused as no bundle jar or past a limit, within two
 * seconds; the parser never fails with anything else.
 */
class CatalogFuzzTest {

    private static final Duration AT_MOST = Duration.ofSeconds(2);
    private static final Map<String, String> VALID = texts("valid/city");

    private static Map<String, String> texts(String fixture) {
        try {
            Map<String, String> texts = new LinkedHashMap<>();
            Fixtures.files(Fixtures.folder(fixture)).forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 150)
    void anyTextIsParsedOrRejected(@ForAll("yamlTexts") String text) {
        ParsedBundle parsed = assertTimeoutPreemptively(AT_MOST,
                () -> Fixtures.parseTexts("test.fuzz", 1, "jurisdiction.yaml", text));
        assertNotNull(parsed.errors());
    }

    @Property(tries = 150)
    void mutatedCatalogFilesAreParsedOrRejected(@ForAll("mutatedCatalogs") Map<String, byte[]> files) {
        ParsedBundle parsed = assertTimeoutPreemptively(AT_MOST,
                () -> Fixtures.parser().parse("test.fuzz", "1.0.0", 1, files));
        assertNotNull(parsed.errors());
    }

    @Property(tries = 150)
    void anyUploadIsValidatedOrRefused(@ForAll("jars") byte[] jar) {
        JarValidation validation = new JarValidation(Fixtures.engine());
        assertTimeoutPreemptively(AT_MOST, () -> {
            try {
                JurisdictionStatus status = validation.validate(new ByteArrayInputStream(jar), List.of());
                assertNotNull(status.status());
            } catch (IOException | LimitExceededException refused) {
                assertNotNull(refused.getMessage());
            }
        });
    }

    @Provide
    Arbitrary<String> yamlTexts() {
        Arbitrary<String> yamlish = Arbitraries.strings()
                .withChars("abc:-[]{}&*!|>#'\"%@`,?\n\t 測试0123456789.\\")
                .ofMaxLength(400);
        Arbitrary<String> spliced = Combinators.combine(Arbitraries.of(List.copyOf(VALID.values())), yamlish,
                Arbitraries.integers().between(0, 10_000)).as((valid, noise, at) -> {
                    int i = at % (valid.length() + 1);
                    return valid.substring(0, i) + noise + valid.substring(i);
                });
        return Arbitraries.oneOf(yamlish, spliced, Arbitraries.strings().ofMaxLength(300));
    }

    @Provide
    Arbitrary<Map<String, byte[]>> mutatedCatalogs() {
        return mutations().map(changes -> {
            Map<String, byte[]> files = new LinkedHashMap<>();
            int n = 0;
            for (Map.Entry<String, String> file : VALID.entrySet()) {
                byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
                for (int[] change : changes) {
                    if (change[0] % VALID.size() == n) {
                        bytes[change[1] % bytes.length] = (byte) change[2];
                    }
                }
                files.put(file.getKey(), bytes);
                n++;
            }
            return files;
        });
    }

    @Provide
    Arbitrary<byte[]> jars() {
        byte[] valid;
        try {
            valid = Jars.bundle("test.fuzz", VALID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Arbitrary<byte[]> mutated = mutations().map(changes -> {
            byte[] jar = valid.clone();
            for (int[] change : changes) {
                jar[change[1] % jar.length] = (byte) change[2];
            }
            return jar;
        });
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, valid.length).map(n -> Arrays.copyOf(valid, n));
        return Arbitraries.oneOf(mutated, truncated, Arbitraries.bytes().array(byte[].class).ofMaxSize(2000));
    }

    /** Up to 16 changes, each: which file, at which byte, to what value. */
    private static Arbitrary<List<int[]>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 255)).as((file, at, value) -> new int[] {file, at, value})
                .list().ofMinSize(1).ofMaxSize(16);
    }
}
