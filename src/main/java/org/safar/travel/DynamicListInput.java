package org.safar.travel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.json.SpinJsonNode;
import org.safar.web.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * The rows of a form-js dynamic list as the person submitted them. Tasklist sends the list as a Json
 * variable onto the task, where the create listener declared it; a client that completes the task
 * with variables puts it on the execution, from where it is taken away so that it cannot answer for
 * the next task.
 */
@Component
public class DynamicListInput {

    private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    DynamicListInput(ObjectMapper json) {
        this.json = json;
    }

    public List<Row> rows(DelegateTask task, String name) {
        Object value = task.getVariableLocal(name);
        if (value == null && task.getExecution().hasVariable(name)) {
            value = task.getExecution().getVariable(name);
            task.getExecution().removeVariable(name);
        }
        List<Map<String, Object>> rows;
        try {
            if (value == null) {
                return List.of();
            } else if (value instanceof SpinJsonNode node) {
                rows = json.readValue(node.toString(), ROWS);
            } else if (value instanceof String text) {
                rows = json.readValue(text, ROWS);
            } else {
                rows = json.convertValue(value, ROWS);
            }
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidRequestException(name, "list", "must be a list of rows");
        }
        List<Row> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            result.add(new Row(name + "[" + i + "]", rows.get(i) == null ? Map.of() : rows.get(i)));
        }
        return result;
    }

    /** One row; {@code path} names it in error messages, e.g. {@code tickets[1]}. */
    public record Row(String path, Map<String, Object> values) {

        /** The field's text, stripped, or null when it is empty. */
        public String text(String key) {
            Object value = values.get(key);
            if (value == null || value.toString().isBlank()) {
                return null;
            }
            return value.toString().strip();
        }

        public Long id(String key) {
            String text = text(key);
            try {
                return text == null ? null : Long.valueOf(text);
            } catch (NumberFormatException e) {
                throw new InvalidRequestException(path + "." + key, "reference", "'" + text + "' is not a Safar id");
            }
        }

        public BigDecimal amount(String key) {
            String text = text(key);
            try {
                return text == null ? null : new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new InvalidRequestException(path + "." + key, "number", "'" + text + "' is not an amount");
            }
        }

        /** Whether the person left every field of the row empty. */
        public boolean isBlank() {
            return values.values().stream().allMatch(value -> value == null || value.toString().isBlank());
        }
    }
}
