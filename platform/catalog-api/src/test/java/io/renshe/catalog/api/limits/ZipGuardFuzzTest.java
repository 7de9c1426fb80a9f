package io.renshe.catalog.api.limits;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random bytes and mutated archives thrown at the zip reader: it reads them within the limits or refuses them with an
 * {@link IOException} or a {@link LimitExceededException}, never anything else, never inflating past the limits.
 */
class ZipGuardFuzzTest {

    private static final UploadLimits LIMITS = UploadLimitsTest.SMALL;

    @Property(tries = 150)
    void randomBytesAreReadOrRefused(@ForAll("bodies") byte[] body) {
        readOrRefuse(body);
    }

    @Property(tries = 150)
    void mutatedArchivesAreReadOrRefused(@ForAll("mutatedArchives") byte[] body) {
        readOrRefuse(body);
    }

    private static void readOrRefuse(byte[] body) {
        ZipGuard guard = LIMITS.zip(new ByteArrayInputStream(body));
        try (guard) {
            for (ZipGuard.Entry entry = guard.next(); entry != null; entry = guard.next()) {
                if (entry.name().hashCode() % 2 == 0) {
                    guard.read();
                }
            }
        } catch (IOException | LimitExceededException refused) {
            // refused: fine
        }
        assertTrue(guard.inflated() <= LIMITS.maxInflatedBytes() + 8192, "inflated " + guard.inflated());
        assertTrue(guard.entries() <= LIMITS.maxEntries() + 1, "entries " + guard.entries());
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        Arbitrary<byte[]> zipLike = random.map(bytes -> {
            byte[] withHeader = new byte[bytes.length + 4];
            withHeader[0] = 'P';
            withHeader[1] = 'K';
            withHeader[2] = 3;
            withHeader[3] = 4;
            System.arraycopy(bytes, 0, withHeader, 4, bytes.length);
            return withHeader;
        });
        return Arbitraries.oneOf(random, zipLike);
    }

    @Provide
    Arbitrary<byte[]> mutatedArchives() {
        Arbitrary<byte[]> archives = Arbitraries.maps(
                Arbitraries.strings().alpha().numeric().withChars('/', '.', '-').ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().ofMaxLength(2000).map(s -> s.getBytes(StandardCharsets.UTF_8)))
                .ofMinSize(1).ofMaxSize(8)
                .map(ZipGuardFuzzTest::zip);
        Arbitrary<List<int[]>> mutations = Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 255)).as((at, value) -> new int[] {at, value}).list().ofMaxSize(12);
        return Combinators.combine(archives, mutations, Arbitraries.integers().between(0, 100)).as((zip, changes, cut) -> {
            byte[] mutated = zip.clone();
            for (int[] change : changes) {
                mutated[change[0] % mutated.length] = (byte) change[1];
            }
            // now and then, a truncated archive
            return cut < 15 ? java.util.Arrays.copyOf(mutated, mutated.length * cut / 15) : mutated;
        });
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        try {
            return Zips.of(new LinkedHashMap<>(entries));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
