package io.renshe.catalog.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.renshe.catalog.api.CatalogError;

/** A catalog file is read as UTF-8 or rejected, naming the encoding it is in where the bytes tell. */
class CatalogTextTest {

    private static final String TEXT = "schema: renshe-catalog/1\nkind: jurisdiction\nname: 黄山市\n";

    private static List<CatalogError> problems(byte[] bytes) {
        Problems problems = new Problems();
        assertNull(CatalogText.decode("jurisdiction.yaml", bytes, problems));
        return problems.sorted();
    }

    @Test
    void utf8IsRead() {
        Problems problems = new Problems();
        assertEquals(TEXT, CatalogText.decode("f.yaml", TEXT.getBytes(StandardCharsets.UTF_8), problems));
        assertTrue(problems.isEmpty());
    }

    @Test
    void aUtf8ByteOrderMarkIsDropped() {
        byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(text, 0, marked, 3, text.length);
        assertEquals(TEXT, CatalogText.decode("f.yaml", marked, new Problems()));
    }

    @Test
    void gbkIsRejectedNamingTheFileLineAndEncoding() {
        List<CatalogError> problems = problems(TEXT.getBytes(Charset.forName("GBK")));
        assertEquals(1, problems.size());
        CatalogError error = problems.get(0);
        assertEquals("jurisdiction.yaml", error.file());
        assertEquals(3, error.line());
        assertTrue(error.reason().startsWith("the file is not UTF-8: it looks like GBK (GB2312/GB18030)"), error.reason());
        assertTrue(error.reason().endsWith("save it again as UTF-8, the platform reads no other encoding"), error.reason());
    }

    @Test
    void utf16IsRejectedAsSuch() {
        List<CatalogError> problems = problems(TEXT.getBytes(StandardCharsets.UTF_16));
        assertTrue(problems.get(0).reason().startsWith("the file is not UTF-8: it is UTF-16"), problems.toString());
        assertEquals(1, problems.get(0).line());
    }

    @Test
    void anotherEncodingIsRejectedWithoutAGuess() {
        List<CatalogError> problems = problems(new byte[] {'a', ':', ' ', (byte) 0xFF, '\n'});
        assertTrue(problems.get(0).reason().startsWith("the file is not UTF-8 (byte 3 cannot be read as UTF-8)"),
                problems.toString());
    }
}
