package org.safar.imports;

import java.util.List;
import org.safar.web.ApiMessages;
import org.springframework.http.HttpStatus;

/**
 * How much of a file Safar reads: one import is one transaction and one report, so a file is bounded
 * in rows and columns as it is read, before the rows are checked.
 */
record TableLimits(int maxRows, int maxColumns) {

    void checkRows(int rowsBesidesHeader) {
        if (rowsBesidesHeader > maxRows) {
            throw new FileRefusedException(HttpStatus.BAD_REQUEST,
                    ApiMessages.text("import.file.tooManyRows", String.valueOf(maxRows)));
        }
    }

    void checkColumns(int columns) {
        if (columns > maxColumns) {
            throw new FileRefusedException(HttpStatus.BAD_REQUEST,
                    ApiMessages.text("import.file.tooManyColumns", String.valueOf(maxColumns)));
        }
    }

    /** The first row that has a value is the header; a file without one, or with nothing under it, is refused. */
    Table table(List<Table.Row> rows) {
        if (rows.isEmpty()) {
            throw new FileRefusedException(HttpStatus.BAD_REQUEST, ApiMessages.text("import.file.noHeader"));
        }
        if (rows.size() == 1) {
            throw new FileRefusedException(HttpStatus.BAD_REQUEST, ApiMessages.text("import.file.noRows"));
        }
        return new Table(rows.get(0), List.copyOf(rows.subList(1, rows.size())));
    }
}
