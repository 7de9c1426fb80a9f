package io.renshe.catalog.sheets.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.rest.ProblemError;

/**
 * CSV files as Excel writes and reads them: RFC 4180 (comma, double quotes, CRLF). Written in UTF-8 with a byte order
 * mark, so that Excel opens the Chinese text correctly. Read in UTF-8 (with or without the mark) or in GBK, the code
 * page a Chinese Windows Excel saves "CSV (逗号分隔)" in; anything else is refused, naming the encoding.
 */
final class CsvFiles {

    static final String MEDIA_TYPE = "text/csv";
    /** Excel takes a cell that starts with one of these for a formula when it opens a CSV file. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** GB18030 decodes every GBK byte sequence the same way, and the characters GBK lacks as well. */
    private static final Charset GBK = Charset.forName("GB18030");

    private CsvFiles() {
    }

    /** The rows as a CSV file: UTF-8 with a byte order mark, CRLF line ends, quotes only where needed. */
    static byte[] write(List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(UTF8_BOM);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                List<String> cells = new ArrayList<>(row.size());
                for (String cell : row) {
                    cells.add(escapeFormula(cell));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A cell that Excel would take for a formula (CSV injection) is written with a leading apostrophe, which Excel
     * shows as text and {@link #unescapeFormula(String)} takes off again.
     */
    static String escapeFormula(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    static String unescapeFormula(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    /**
     * Reads a CSV file within the limits.
     *
     * @throws Problem 422 for a file in an encoding other than UTF-8 or GBK, a row, column or cell past a limit, or
     *         a file that is no CSV
     */
    static SheetTable read(byte[] body, SheetLimits limits) {
        Decoded decoded = decode(body);
        List<String> header = null;
        List<SheetTable.Row> rows = new ArrayList<>();
        List<ProblemError> errors = new ArrayList<>();
        int records = 0;
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(decoded.text())).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                int number = Math.toIntExact(record.getRecordNumber());
                if (++records > limits.maxRows() * 10 + 1) {
                    throw tooMany(limits);
                }
                if (record.size() > limits.maxColumns()) {
                    throw Problem.unprocessable("Row " + number + " has " + record.size() + " columns; a file may have "
                            + limits.maxColumns() + " (max.columns)",
                            List.of(ProblemError.inRow(number, null, "more than " + limits.maxColumns() + " columns")));
                }
                List<String> cells = new ArrayList<>(record.size());
                for (int i = 0; i < record.size(); i++) {
                    String cell = unescapeFormula(record.get(i));
                    if (cell.length() > limits.maxCellChars()) {
                        errors.add(ProblemError.inRow(number, header != null && i < header.size() ? header.get(i)
                                : null, "column " + (i + 1) + " holds " + cell.length() + " characters; a cell may hold "
                                + limits.maxCellChars() + " (max.cell.chars)"));
                        cell = "";
                    }
                    cells.add(cell);
                }
                SheetTable.Row row = new SheetTable.Row(number, cells);
                if (header == null) {
                    if (!row.blank()) {
                        header = cells;
                    }
                } else if (!row.blank()) {
                    rows.add(row);
                    if (rows.size() > limits.maxRows()) {
                        throw tooMany(limits);
                    }
                }
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw Problem.unprocessable("The file is not a readable CSV file: " + e.getMessage(),
                    List.of(ProblemError.inRow(Math.max(1, records), null, "not readable as CSV: " + e.getMessage())));
        }
        if (!errors.isEmpty()) {
            throw Problem.unprocessable("The file has " + errors.size() + " cells past the limit", errors);
        }
        if (header == null) {
            throw Problem.unprocessable("The file is empty: it has no header row",
                    List.of(ProblemError.inRow(1, null, "no header row")));
        }
        return new SheetTable("csv", decoded.encoding(), header, rows);
    }

    static Problem tooMany(SheetLimits limits) {
        return Problem.unprocessable("The file has more than " + limits.maxRows() + " rows (max.rows)",
                List.of(ProblemError.inRow(limits.maxRows() + 2, null, "more than " + limits.maxRows() + " rows")));
    }

    /** The text of a file and the encoding it was read in. */
    record Decoded(String text, String encoding) {
    }

    /**
     * UTF-8 (with or without byte order mark), else GBK; anything else is refused. GBK text is practically never
     * valid UTF-8, so the order decides nothing for a real file; a file read in the wrong encoding would also fail the
     * header check, whose headers are Chinese.
     */
    static Decoded decode(byte[] body) {
        if (startsWith(body, UTF8_BOM)) {
            try {
                return new Decoded(strict(StandardCharsets.UTF_8, body, 3), "UTF-8");
            } catch (CharacterCodingException e) {
                throw encodingProblem("The file starts with the UTF-8 byte order mark but is not UTF-8 text", body,
                        firstBadByte(StandardCharsets.UTF_8, body, 3));
            }
        }
        if (startsWith(body, new byte[] {(byte) 0xFF, (byte) 0xFE}) || startsWith(body, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            throw encodingProblem("The file is UTF-16 text (Excel's \"Unicode text\"); save it as \"CSV UTF-8（逗号分隔）\" "
                    + "or \"CSV（逗号分隔）\"", body, -1);
        }
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, body, 0), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(strict(GBK, body, 0), "GBK");
            } catch (CharacterCodingException notGbk) {
                throw encodingProblem("The file is neither UTF-8 nor GBK text (the encodings Excel saves CSV in); save "
                        + "it as \"CSV UTF-8（逗号分隔）\"", body, firstBadByte(GBK, body, 0));
            }
        }
    }

    private static Problem encodingProblem(String detail, byte[] body, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < body.length; i++) {
            if (body[i] == '\n') {
                line++;
            }
        }
        String where = offset < 0 ? "" : " (line " + line + ", byte " + (offset + 1) + ": 0x"
                + String.format("%02X", body[offset] & 0xFF) + ")";
        return Problem.unprocessable(detail + where, List.of(ProblemError.inRow(line, null, detail + where)));
    }

    private static String strict(Charset charset, byte[] body, int offset) throws CharacterCodingException {
        return decoder(charset).decode(ByteBuffer.wrap(body, offset, body.length - offset)).toString();
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The offset of the first byte the charset cannot read, or -1. */
    private static int firstBadByte(Charset charset, byte[] body, int offset) {
        ByteBuffer in = ByteBuffer.wrap(body, offset, body.length - offset);
        CharBuffer out = CharBuffer.allocate(4096);
        CharsetDecoder decoder = decoder(charset);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return decoder.flush(out).isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
