package org.safar.tasklist;

import java.util.List;
import org.safar.web.Violation;

/**
 * A form submission that {@link CamundaForm} refuses: a key that is not a field of the form, or a field
 * whose value breaks its rules. Every broken rule is in the message and, by field, in the detail.
 *
 * <p>The engine's form handlers (org.safar.engine.SubmittedOnTaskPlugin) hand it to the engine as the
 * engine's own form validation exception, which the engine REST API answers with 400 on
 * {@code submit-form}.
 */
public class FormRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public FormRefused(String form, List<Violation> violations) {
        super("The form " + form + " was not submitted: " + String.join("; ",
                violations.stream().map(Violation::message).toList()));
        this.violations = List.copyOf(violations);
    }

    /** Each broken rule: the field's key, the rule's name, and what to do. */
    public List<Violation> violations() {
        return violations;
    }
}
