package io.renshe.catalog.sheets.internal;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.renshe.catalog.rest.Problem;

/**
 * Random and mutated files through the whole reading of an import (the file, then the plan against Yeji's 村级服务平台
 * list): a plan, or a {@link Problem} of 400, 413 or 422, within two seconds; never another exception. The
 * installed platform's HTTP fuzz of the same is {@code UploadFuzzIT} (features/ops-tests).
 */
class SheetFilesFuzzTest {

    private static final SheetLimits LIMITS = SheetLimits.defaults();
    private static final ListLayout LAYOUT = ListLayout.of(Localities.list(Localities.YEJI, "village-platform"));
    private static final byte[] CSV = Sheets.csv(LAYOUT, Map.of());
    private static final byte[] XLSX = Sheets.xlsx(LAYOUT, Map.of());
    private static final Set<Integer> REFUSALS = Set.of(400, 413, 422);

    @Property(tries = 300)
    void anyFileIsPlannedOrRefused(@ForAll("files") byte[] file) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                SheetImport.plan(LAYOUT, Sheets.read(file, LIMITS));
            } catch (Problem refused) {
                assertTrue(REFUSALS.contains(refused.status()), refused.status() + " " + refused.body());
            }
        });
    }

    @Provide
    Arbitrary<byte[]> files() {
        String text = new String(CSV, StandardCharsets.UTF_8).replace("\uFEFF", "");
        Arbitrary<Integer> at = Arbitraries.integers().between(0, text.length());
        Arbitrary<byte[]> inserted = Combinators.combine(at, Arbitraries.oneOf(
                Arbitraries.strings().withChars(",\"\r\n\t=+-@'测试√×\u0000\uFEFF\uFFFD").ofMaxLength(40),
                Arbitraries.of("长".repeat(4001), ",x".repeat(60), "\"", "=cmd|' /C calc'!A0")))
                .as((position, noise) -> (text.substring(0, position) + noise + text.substring(position))
                        .getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> gbk = Arbitraries.of("GBK", "UTF-16LE", "ISO-8859-1")
                .map(encoding -> text.getBytes(Charset.forName(encoding)));
        Arbitrary<byte[]> entityXlsx = Arbitraries.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
                "[Content_Types].xml").map(SheetFilesFuzzTest::withExternalEntity);
        return Arbitraries.oneOf(mutated(CSV), mutated(XLSX), truncated(CSV), truncated(XLSX), inserted, gbk, entityXlsx,
                Arbitraries.bytes().array(byte[].class).ofMaxSize(3000),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(3000).map(random -> concat(new byte[] {'P', 'K', 3, 4}, random)));
    }

    private static Arbitrary<byte[]> mutated(byte[] valid) {
        return Combinators.combine(Arbitraries.integers().between(0, valid.length - 1), Arbitraries.integers().between(0, 255))
                .as((at, value) -> new int[] {at, value}).list().ofMinSize(1).ofMaxSize(12).map(changes -> {
                    byte[] file = valid.clone();
                    changes.forEach(change -> file[change[0]] = (byte) change[1]);
                    return file;
                });
    }

    private static Arbitrary<byte[]> truncated(byte[] valid) {
        return Arbitraries.integers().between(1, valid.length - 1).map(n -> Arrays.copyOf(valid, n));
    }

    /** A small workbook whose entry {@code entry} declares an external entity and uses it. */
    private static byte[] withExternalEntity(String entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><r><t>&e;</t></r>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
