package io.renshe.catalog.sheets.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.renshe.catalog.api.ItemList;
import io.renshe.catalog.api.ListEntry;
import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.rest.ProblemError;
import io.renshe.catalog.sheets.internal.ListLayout.Column;
import io.renshe.catalog.sheets.internal.ListLayout.Field;

/** A list as a sheet, and a sheet as text: what the CSV and xlsx answers and uploads share. */
final class Sheets {

    /** The formats of a sheet, by the value of the {@code format} parameter. */
    enum Format {
        CSV(CsvFiles.MEDIA_TYPE + ";charset=UTF-8", "csv"),
        XLSX(XlsxFiles.MEDIA_TYPE, "xlsx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        String mediaType() {
            return mediaType;
        }

        String extension() {
            return extension;
        }

        /** The format of a {@code format} parameter's value, or {@code null}. */
        static Format of(String value) {
            for (Format format : values()) {
                if (format.extension.equals(value)) {
                    return format;
                }
            }
            return null;
        }
    }

    private Sheets() {
    }

    /**
     * A list as rows of text: the header row, then one row per entry, and the platform's read-only column of changed
     * rows when {@code changes} names any row.
     *
     * @param layout the list's layout
     * @param changes the text of the {@link ListLayout#CHANGE_HEADER} cell of each entry, by 序号 (empty: no such
     *        column)
     */
    static List<List<String>> rows(ListLayout layout, java.util.Map<String, String> changes) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(layout.headers());
        boolean marks = !changes.isEmpty();
        if (marks) {
            header.add(ListLayout.CHANGE_HEADER);
        }
        rows.add(header);
        for (ListEntry entry : layout.list().entries()) {
            List<String> row = new ArrayList<>(layout.cells(entry));
            if (marks) {
                row.add(changes.getOrDefault(entry.seq(), ""));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The list as a CSV file. */
    static byte[] csv(ListLayout layout, java.util.Map<String, String> changes) {
        return CsvFiles.write(rows(layout, changes));
    }

    /** The list as an xlsx workbook of one worksheet named after the list's type; changed rows filled. */
    static byte[] xlsx(ListLayout layout, java.util.Map<String, String> changes) {
        List<List<String>> rows = rows(layout, changes);
        List<XlsxFiles.ColumnStyle> styles = new ArrayList<>();
        for (Column column : layout.columns()) {
            styles.add(new XlsxFiles.ColumnStyle(width(column.field()), column.field() == Field.SEQ));
        }
        if (!changes.isEmpty()) {
            styles.add(new XlsxFiles.ColumnStyle(40, false));
        }
        Set<Integer> marked = new HashSet<>();
        List<ListEntry> entries = layout.list().entries();
        for (int i = 0; i < entries.size(); i++) {
            if (changes.containsKey(entries.get(i).seq())) {
                marked.add(i);
            }
        }
        return XlsxFiles.write(sheetName(layout.list()), rows, styles, marked);
    }

    private static double width(Field field) {
        return switch (field) {
            case SEQ -> 6;
            case CHANNEL -> 10;
            case NAME -> 36;
            case DUTIES -> 80;
            case ONLINE -> 40;
            case LIMIT, LIMIT_BEFORE, LIMIT_AFTER -> 24;
            default -> 18;
        };
    }

    /** A worksheet name Excel takes: the list's type, at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(ItemList list) {
        String name = (list.type() == null || list.type().isBlank() ? list.id() : list.type())
                .replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (name.startsWith("'")) {
            name = "_" + name.substring(1);
        }
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    /**
     * The {@code Content-Disposition} of a download (RFC 6266): {@code attachment}, an ASCII file name for old clients
     * and the Chinese name as {@code filename*} (RFC 5987, UTF-8, percent-encoded).
     *
     * @param asciiName the file name in ASCII ({@code 341504-village-platform.xlsx})
     * @param name the file name in Chinese
     */
    static String contentDisposition(String asciiName, String name) {
        return "attachment; filename=\"" + asciiName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + percentEncode(name);
    }

    /** The file name of a list's download: its jurisdiction's name and its title, without what a file system refuses. */
    static String fileName(String jurisdictionName, ItemList list, Format format) {
        String title = list.title() == null ? list.id() : list.title();
        return (jurisdictionName + "-" + title).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_") + "." + format.extension();
    }

    /** RFC 5987 {@code value-chars}: the attr-chars as they are, every other byte of the UTF-8 as %XX. */
    static String percentEncode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }

    /**
     * Reads an uploaded file within the limits: an xlsx workbook by its zip signature, else CSV text. An Excel 97–2003
     * workbook (.xls) or a password-protected workbook is refused.
     */
    static SheetTable read(byte[] body, SheetLimits limits) {
        if (body.length == 0) {
            throw Problem.of(400, "The request body is empty: send the CSV or xlsx file");
        }
        if (body.length >= 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4) {
            return XlsxFiles.read(body, limits);
        }
        if (body.length >= 8 && (body[0] & 0xFF) == 0xD0 && (body[1] & 0xFF) == 0xCF && (body[2] & 0xFF) == 0x11
                && (body[3] & 0xFF) == 0xE0) {
            throw fileProblem("The file is an Excel 97-2003 workbook (.xls) or a password-protected workbook: save it "
                    + "as an Excel workbook (.xlsx) without a password, or as CSV UTF-8");
        }
        return CsvFiles.read(body, limits);
    }

    /** A 422 about the file as a whole. */
    static Problem fileProblem(String detail) {
        return Problem.unprocessable(detail, List.of(new ProblemError(detail, null, null, null, null)));
    }
}
