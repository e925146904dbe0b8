package org.safar.imports;

import java.util.List;

/**
 * The answer to a file that passed: how many rows it had, how many were stored (none on a dry run) with
 * their ids in the order of the rows, and notes on rows that passed.
 */
record ImportSummary(String kind, boolean dryRun, int rows, int stored, List<Long> ids, List<RowNote> notes) {
}
