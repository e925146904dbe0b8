package org.safar.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * What a user task's Camunda Form shows beside the fields the person fills in: the delegation, the
 * member's file, the options of a select, what was submitted before. A Spring bean per form (the
 * task's listener, as a rule) implements it, and the engine's form service
 * (org.safar.engine.FormContextPlugin) asks it each time Tasklist (or any client) loads the form
 * variables of a task that shows that form.
 *
 * <p>Nothing of it is stored on the task. Stored, every task wrote its context to the runtime and
 * history tables and the byte arrays when it was created and again when it completed: most of what
 * Safar cost per task beside the raw engine (docs/BENCHMARKS.md). Computed on demand, the form shows
 * the delegation as it is when opened; what the person decided is recorded in Safar's own tables.
 */
public interface FormContext {

    /** The key of the Camunda Form it serves, as the models' {@code camunda:formRef} name it. */
    String form();

    /**
     * Puts the form's context into {@code form}, by variable name: plain values, or JSON from
     * {@link FormVariables#json(Object)}. A value the task itself holds under the same name wins.
     */
    void show(DelegateTask task, VariableMap form);
}
