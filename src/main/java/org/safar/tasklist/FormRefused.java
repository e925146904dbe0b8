package org.safar.tasklist;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.safar.web.Violation;

/**
 * A form submission that {@link CamundaForm} refuses: a key that is not a field of the form, or a field
 * whose value breaks its rules. Every broken rule is in the message and, by field, in the detail.
 *
 * <p>It is the engine's own form validation exception (an internal class of Camunda 7), because the engine
 * REST API answers exactly that one with 400 on {@code submit-form}, for tasks and start forms alike; any
 * other engine exception thrown while a form is submitted becomes a 500 there.
 */
public class FormRefused extends FormFieldValidationException {

    private static final long serialVersionUID = 1L;

    FormRefused(String form, List<Violation> violations) {
        super(List.copyOf(violations), "The form " + form + " was not submitted: " + String.join("; ",
                violations.stream().map(Violation::message).toList()));
    }

    /** Each broken rule: the field's key, the rule's name, and what to do. */
    public List<Violation> violations() {
        return getDetail();
    }
}
