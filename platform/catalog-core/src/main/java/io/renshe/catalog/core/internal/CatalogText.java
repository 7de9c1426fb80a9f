package io.renshe.catalog.core.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a catalog file, which must be UTF-8. A file in another encoding is never read garbled: it is rejected with
 * the line of the first byte that is not UTF-8 and, where the bytes tell, the encoding it is in (GBK, as Chinese
 * Windows saves by default, or UTF-16). A UTF-8 byte order mark is dropped.
 */
final class CatalogText {

    private static final Charset GBK = Charset.forName("GBK");

    private CatalogText() {
    }

    /** The text, or {@code null} with the problem reported. */
    static String decode(String file, byte[] bytes, Problems problems) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (!result.isError()) {
            utf8.flush(out);
            return out.flip().toString();
        }
        int at = in.position();
        problems.add(file, lineAt(bytes, at), "the file is not UTF-8" + encodingOf(bytes)
                + " (byte " + at + " cannot be read as UTF-8): save it again as UTF-8, the platform reads no other encoding");
        return null;
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** What the bytes look like instead, as a phrase: ": it looks like GBK …", or nothing. */
    private static String encodingOf(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return ": it is UTF-16 (it starts with a UTF-16 byte order mark)";
        }
        try {
            String text = GBK.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return ": it looks like GBK (GB2312/GB18030), the encoding Chinese Windows saves in by default";
            }
        } catch (CharacterCodingException notGbk) {
            // some other encoding: say nothing we cannot tell
        }
        return "";
    }
}
