package org.safar.imports;

/** Something to know about a row that was imported (or would be): it is not a refusal. */
record RowNote(int row, String field, String message) {
}
