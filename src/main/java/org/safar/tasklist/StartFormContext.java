package org.safar.tasklist;

import java.util.List;
import java.util.Map;

/**
 * The options of a start form's selects, worked out for the person who opens it. Tasklist 7.24 asks
 * the engine for no variables when it shows a start form, so the engine's form service
 * (org.safar.engine.FormContextPlugin) writes them into the form it serves ({@link ServedStartForm}),
 * and checks a submission against the same options.
 *
 * <p>A select whose custom property {@value ServedStartForm#FOLLOWS} names another field lists only the
 * options whose value begins with that field's value and a colon: the members ({@code "42:7"}) of the
 * chosen delegation ({@code "42"}).
 */
public interface StartFormContext {

    /** The key of the Camunda Form it serves, as the start event's {@code camunda:formRef} names it. */
    String form();

    /** The options by the {@code valuesKey} of the fields that take them, for the calling user. */
    Map<String, List<FormOption>> options();
}
