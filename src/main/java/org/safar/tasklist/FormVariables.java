package org.safar.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.safar.web.ApiMessages;
import org.safar.web.InvalidRequestException;
import org.safar.web.Rule;
import org.springframework.stereotype.Component;

/**
 * What a Camunda Form sends back, and the JSON it shows. The read-only context of a form is worked
 * out when the form loads ({@link FormContext}); what the person submits stays on the task as its
 * local variables (org.safar.engine.SubmittedOnTaskPlugin), where the task's complete listener reads
 * it.
 */
@Component
public class FormVariables {

    private final ObjectMapper json;

    FormVariables(ObjectMapper json) {
        this.json = json;
    }

    /** Any object, list or record as a JSON variable that Tasklist hands to form-js as it is. */
    public TypedValue json(Object value) {
        try {
            return SpinValues.jsonValue(json.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot show " + value.getClass().getSimpleName() + " in a form", e);
        }
    }

    /**
     * A field's value as text, stripped, or null when it was left empty. Only reads: the value stays on the
     * task, where it ends with the task and is kept in its history.
     */
    public String text(DelegateTask task, String name) {
        Object value = submitted(task, name);
        return value == null ? null : value.toString().strip();
    }

    /**
     * A date field's day, which form-js submits as ISO text ({@code 2027-03-01}), or null when it was left
     * empty. The form's own check ({@link CamundaForm}) refuses other text before a listener reads it; what
     * comes past it anyway is refused here by the field's name.
     */
    public LocalDate date(DelegateTask task, String name) {
        String value = text(task, name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, Rule.TYPE, ApiMessages.text("type.date"));
        }
    }

    /** The values of a taglist or checklist, which Tasklist submits as a JSON array of strings. */
    public List<String> texts(DelegateTask task, String name) {
        Object value = submitted(task, name);
        if (value instanceof SpinJsonNode node && node.isArray()) {
            return StreamSupport.stream(node.elements().spliterator(), false).map(element -> element.isString() ? element.stringValue() : String.valueOf(element.value()))
                    .toList();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Object::toString).toList();
        }
        return List.of();
    }

    /**
     * What the person submitted through the task's form, which org.safar.engine.SubmittedOnTaskPlugin
     * checked and kept on the task. Nothing else answers for the form: Safar itself and its tests submit forms, and a
     * client that completes the task with variables instead puts them on the execution, unchecked, where
     * they stay unread (the fallback that read and removed them from there is gone with the need for it).
     */
    private static Object submitted(DelegateTask task, String name) {
        return task.getVariableLocal(name);
    }
}
