package org.safar.imports;

import java.util.Comparator;
import java.util.List;

/** A file with rows that break rules; nothing of it was stored. Answered with 400 and every refused row. */
class RowsRefusedException extends RuntimeException {

    private static final Comparator<RowViolation> IN_FILE_ORDER = Comparator.comparingInt(RowViolation::row)
            .thenComparing(RowViolation::field).thenComparing(RowViolation::rule);

    private final int rows;
    private final transient List<RowViolation> violations;

    /**
     * @param rows how many rows the file has besides its header; 0 when its header was refused
     */
    RowsRefusedException(int rows, List<RowViolation> violations) {
        super(violations.size() + " violations");
        this.rows = rows;
        this.violations = violations.stream().sorted(IN_FILE_ORDER).toList();
    }

    int rows() {
        return rows;
    }

    List<RowViolation> violations() {
        return violations;
    }

    long refusedRows() {
        return violations.stream().mapToInt(RowViolation::row).distinct().count();
    }
}
