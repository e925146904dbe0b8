package org.safar.imports;

import java.util.List;

/**
 * What a file holds, as text: its header row, which names the columns, and the rows that have a
 * value, each numbered as a spreadsheet numbers it (the header is usually row 1), so that a report
 * points at the row a person sees. Cells are stripped; a blank cell is null.
 */
record Table(Row header, List<Row> rows) {

    record Row(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }

        boolean isBlank() {
            return cells.stream().allMatch(cell -> cell == null);
        }
    }

    static String cellText(String raw) {
        if (raw == null) {
            return null;
        }
        String stripped = raw.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
