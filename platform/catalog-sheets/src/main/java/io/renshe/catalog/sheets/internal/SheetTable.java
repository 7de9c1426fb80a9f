package io.renshe.catalog.sheets.internal;

import java.util.List;

/**
 * The cells of an imported file, as text: its header row and its data rows, blank rows left out.
 *
 * @param format {@code csv} or {@code xlsx}
 * @param encoding the character encoding a CSV file was read in ({@code UTF-8}, {@code GBK}), or {@code null} for xlsx
 * @param header the cells of the header row (row 1)
 * @param rows the data rows in file order
 */
record SheetTable(String format, String encoding, List<String> header, List<Row> rows) {

    SheetTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * A data row.
     *
     * @param number its 1-based row number in the file, as a spreadsheet program shows it (the header is row 1)
     * @param cells its cells as text, left to right ({@code ""} for an empty cell)
     */
    record Row(int number, List<String> cells) {
        Row {
            cells = List.copyOf(cells);
        }

        /** The cell of a column, {@code ""} past the row's last cell. */
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
