package org.safar.engine;

// Camunda's internals: TaskQueryImpl#getQueries (the query and its or-queries) and #getExpressions. If they
// change, the check sees no expression and lets every one through: UpgradeContractTest and TaskQueryGuardTest.

import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * The only expressions a task query may carry: those Tasklist's filters need. Camunda 7.24.0
 * evaluates any JUEL in a task query, stored filters and the {@code orQueries} of ad-hoc queries
 * alike, and through Spring that reaches every bean: a known route to running code.
 */
final class TaskQueryExpressions {

    private static final String DATE_STEP = "\\.(plus|minus)(Years|Months|Weeks|Days|Hours|Minutes|Seconds)\\(\\d{1,5}\\)"
            + "|\\.withTimeAtStartOfDay\\(\\)";
    private static final Pattern ALLOWED = Pattern.compile("\\$\\{\\s*("
            + "currentUser\\(\\)"
            + "|currentUserGroups\\(\\)"
            + "|now\\(\\)"
            + "|dateTime\\(\\)(" + DATE_STEP + ")*(\\.toDate\\(\\))?"
            + ")\\s*}");

    private TaskQueryExpressions() {
    }

    /** Refuses the query, with its or-queries, if any of its expressions is not one of the allowed ones. */
    static void check(TaskQueryImpl query) {
        for (TaskQueryImpl part : query.getQueries()) {
            for (Map.Entry<String, String> expression : part.getExpressions().entrySet()) {
                if (!ALLOWED.matcher(expression.getValue()).matches()) {
                    throw new BadUserRequestException("Expression not allowed in a task query (" + expression.getKey()
                            + "): only ${currentUser()}, ${currentUserGroups()}, ${now()} and date arithmetic on"
                            + " ${dateTime()} are");
                }
            }
        }
    }
}
