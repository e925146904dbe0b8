package org.safar.imports;

/**
 * One broken rule of one row: the row as a spreadsheet numbers it, the column as the file names it
 * (none for a rule of the row as a whole), and the field, rule and message as the API says them.
 */
record RowViolation(int row, String column, String field, String rule, String message) {
}
