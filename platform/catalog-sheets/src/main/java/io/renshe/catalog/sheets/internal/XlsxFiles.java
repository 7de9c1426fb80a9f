package io.renshe.catalog.sheets.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

import io.renshe.catalog.rest.Problem;
import io.renshe.catalog.rest.ProblemError;

/**
 * xlsx workbooks, written and read with fastexcel (streaming: no workbook is held in memory as a tree). A workbook is
 * read only after {@link ZipGuard} has checked its archive; formulas are never computed: a formula cell is an error of
 * its row, whatever value Excel cached for it.
 */
final class XlsxFiles {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Rows of the list that overlays changed are filled with this colour. */
    static final String CHANGED_FILL = "FFF2CC";
    private static final String HEADER_FILL = "D9E1F2";

    private XlsxFiles() {
    }

    /** A column of a written sheet: its width in characters, and whether its cells are numbers. */
    record ColumnStyle(double width, boolean numeric) {
    }

    /**
     * Writes one worksheet: a bold header row that stays in view, then the rows; every column but the numeric ones
     * formatted as text, so that what an office types stays as typed (Excel would read {@code 1.10} as the number
     * 1.1).
     *
     * @param sheetName the worksheet's name (at most 31 characters, none of {@code []:*?/\})
     * @param rows the header row, then the data rows
     * @param columns the style of each column
     * @param marked indexes of the data rows (0 = the first after the header) to fill as changed
     */
    static byte[] write(String sheetName, List<List<String>> rows, List<ColumnStyle> columns, Set<Integer> marked) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Renshe", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < columns.size(); c++) {
                sheet.width(c, columns.get(c).width());
                if (!columns.get(c).numeric()) {
                    sheet.style(c).format("@").set();
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String value = row.get(c);
                    if (r > 0 && c < columns.size() && columns.get(c).numeric() && value.matches("[1-9][0-9]{0,8}")) {
                        sheet.value(r, c, Integer.valueOf(value));
                    } else if (!value.isEmpty()) {
                        sheet.value(r, c, value);
                    }
                }
                for (int c = 0; c < row.size(); c++) {
                    var style = sheet.style(r, c).wrapText(true);
                    if (r == 0) {
                        style = style.bold().fillColor(HEADER_FILL).verticalAlignment("center");
                    } else {
                        style = style.verticalAlignment("top");
                        if (marked.contains(r - 1)) {
                            style = style.fillColor(CHANGED_FILL);
                        }
                    }
                    if (c >= columns.size() || !columns.get(c).numeric()) {
                        style = style.format("@");
                    }
                    style.set();
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads the first visible worksheet of a workbook within the limits, after {@link ZipGuard} has checked it.
     *
     * @throws Problem 422 for an archive past a limit, a workbook that cannot be read, cells past a limit, formula
     *         and error cells (every such cell of the file is listed)
     */
    static SheetTable read(byte[] body, SheetLimits limits) {
        ZipGuard.check(body, limits);
        List<String> header = null;
        List<SheetTable.Row> rows = new ArrayList<>();
        List<ProblemError> errors = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body),
                new ReadingOptions(false, false))) {
            Sheet sheet = workbook.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).findFirst()
                    .orElseThrow(() -> Sheets.fileProblem("The workbook has no visible worksheet"));
            int physical = 0;
            try (Stream<Row> stream = sheet.openStream()) {
                for (Iterator<Row> it = stream.iterator(); it.hasNext();) {
                    Row row = it.next();
                    if (++physical > limits.maxRows() * 10 + 1) {
                        throw CsvFiles.tooMany(limits);
                    }
                    int number = row.getRowNum();
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        if (cell == null) {
                            continue;
                        }
                        String text = text(cell, number, header, limits, errors);
                        if (text.isEmpty()) {
                            continue;
                        }
                        int column = cell.getColumnIndex();
                        if (column >= limits.maxColumns()) {
                            throw Problem.unprocessable("Row " + number + " has a value in column " + (column + 1)
                                    + "; a file may have " + limits.maxColumns() + " columns (max.columns)",
                                    List.of(ProblemError.inRow(number, null, "a value past column "
                                            + limits.maxColumns() + " (" + cell.getAddress() + ")")));
                        }
                        while (cells.size() <= column) {
                            cells.add("");
                        }
                        cells.set(column, text);
                    }
                    SheetTable.Row read = new SheetTable.Row(number, cells);
                    if (read.blank()) {
                        continue;
                    }
                    if (header == null) {
                        header = cells;
                    } else {
                        rows.add(read);
                        if (rows.size() > limits.maxRows()) {
                            throw CsvFiles.tooMany(limits);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problem problem) {
                throw problem;
            }
            throw Sheets.fileProblem("The file is not a readable xlsx workbook: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw Problem.unprocessable("The file has " + errors.size() + (errors.size() == 1 ? " cell" : " cells")
                    + " the platform does not read", errors);
        }
        if (header == null) {
            throw Sheets.fileProblem("The worksheet is empty: it has no header row");
        }
        return new SheetTable("xlsx", null, header, rows);
    }

    /** A cell's value as text; a formula, an error value or a cell past the length limit is an error. */
    private static String text(Cell cell, int row, List<String> header, SheetLimits limits, List<ProblemError> errors) {
        int column = cell.getColumnIndex();
        String columnName = header != null && column < header.size() && !header.get(column).isBlank()
                ? header.get(column) : null;
        String text = switch (cell.getType()) {
            case FORMULA -> {
                errors.add(ProblemError.inRow(row, columnName, cell.getAddress() + " holds the formula ="
                        + cell.getFormula() + ": the platform never computes formulas; replace it by its value "
                        + "(copy, then paste values)"));
                yield "";
            }
            case ERROR -> {
                errors.add(ProblemError.inRow(row, columnName, cell.getAddress() + " holds the error value "
                        + cell.getRawValue()));
                yield "";
            }
            case NUMBER -> number(cell.getRawValue());
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
            case STRING -> cell.getRawValue() == null ? "" : cell.asString();
            case EMPTY -> "";
        };
        if (text.length() > limits.maxCellChars()) {
            errors.add(ProblemError.inRow(row, columnName, cell.getAddress() + " holds " + text.length()
                    + " characters; a cell may hold " + limits.maxCellChars() + " (max.cell.chars)"));
            return "";
        }
        return text;
    }

    private static String number(String raw) {
        try {
            return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException | NullPointerException e) {
            return raw == null ? "" : raw;
        }
    }
}
