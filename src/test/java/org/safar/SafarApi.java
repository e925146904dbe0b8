package org.safar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Talks to a running Safar as its users do: the domain API under /api, and Camunda's engine REST API
 * the way Tasklist uses it (form variables, submit-form). Demo users have their id as password.
 */
public final class SafarApi {

    private final TestRestTemplate rest;
    private final DelegationJobs jobs;
    private final ObjectMapper json = new ObjectMapper();

    /** For calls that start no process. */
    public SafarApi(TestRestTemplate rest) {
        this(rest, null);
    }

    /**
     * After every call that may change something, the jobs play the job executor: the save points the
     * call passed run before the next call looks, as they would a moment later on a running node.
     */
    public SafarApi(TestRestTemplate rest, DelegationJobs jobs) {
        this.rest = rest;
        this.jobs = jobs;
    }

    public ResponseEntity<String> get(String user, String path) {
        return exchange(user, HttpMethod.GET, path, null);
    }

    public ResponseEntity<String> post(String user, String path, String body) {
        return exchange(user, HttpMethod.POST, path, body);
    }

    public ResponseEntity<String> exchange(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (user != null) {
            headers.setBasicAuth(user, user);
        }
        ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        if (jobs != null && method != HttpMethod.GET) {
            jobs.runPending();
        }
        return response;
    }

    /** The body of a successful call as JSON. */
    public JsonNode ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().is2xxSuccessful())
                .as("%s answered %s", response.getBody(), response.getStatusCode()).isTrue();
        return read(response);
    }

    public JsonNode read(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody() == null ? "null" : response.getBody());
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + response.getBody(), e);
        }
    }

    public JsonNode delegation(String user, long id) {
        return ok(get(user, "/api/delegations/" + id));
    }

    public long programmeId(String titleStart) {
        for (JsonNode programme : ok(get("aziza", "/api/programmes"))) {
            if (programme.get("title").asText().startsWith(titleStart)) {
                return programme.get("id").asLong();
            }
        }
        throw new AssertionError("No demo programme " + titleStart);
    }

    public long staffId(String fullName) {
        JsonNode found = ok(get("aziza", "/api/staff?name=" + fullName.replace(' ', '+')));
        assertThat(found).as("staff named %s", fullName).hasSize(1);
        return found.get(0).get("id").asLong();
    }

    public List<Long> staffIds(String... fullNames) {
        List<Long> ids = new ArrayList<>();
        for (String name : fullNames) {
            ids.add(staffId(name));
        }
        return ids;
    }

    /** Open tasks of one delegation that the given user sees in the engine, with the given name. */
    public List<JsonNode> tasks(String user, long delegationId, String namePrefix) {
        List<JsonNode> tasks = new ArrayList<>();
        for (JsonNode task : ok(get(user, "/engine-rest/task?processInstanceBusinessKey=" + BusinessKeys.of(delegationId)))) {
            if (task.get("name").asText().startsWith(namePrefix)) {
                tasks.add(task);
            }
        }
        return tasks;
    }

    public JsonNode onlyTask(String user, long delegationId, String namePrefix) {
        List<JsonNode> tasks = tasks(user, delegationId, namePrefix);
        assertThat(tasks).as("tasks '%s' of delegation %s for %s", namePrefix, delegationId, user).hasSize(1);
        return tasks.get(0);
    }

    /**
     * What Tasklist loads into a task's Camunda Form: name to value, JSON values parsed. With names,
     * only those, as Tasklist asks for the variables that a form's fields name. Text reads as a person
     * reads it on the form: without the backslashes that keep Markdown from reading it as markup
     * ({@code org.safar.tasklist.LiteralText}); {@link #formVariablesAsLoaded} keeps them.
     */
    public Map<String, JsonNode> formVariables(String user, String taskId, String... names) {
        Map<String, JsonNode> values = formVariablesAsLoaded(user, taskId, names);
        values.replaceAll((name, value) -> asRead(value));
        return values;
    }

    /** The form variables exactly as Tasklist loads them. */
    public Map<String, JsonNode> formVariablesAsLoaded(String user, String taskId, String... names) {
        return formVariablesAsLoadedIn(null, user, taskId, names);
    }

    /**
     * What Tasklist in the given language (its Accept-Language) loads into a task's form, read as
     * {@link #formVariables} reads it.
     */
    public Map<String, JsonNode> formVariablesIn(String language, String user, String taskId) {
        Map<String, JsonNode> values = formVariablesAsLoadedIn(language, user, taskId);
        values.replaceAll((name, value) -> asRead(value));
        return values;
    }

    private Map<String, JsonNode> formVariablesAsLoadedIn(String language, String user, String taskId,
            String... names) {
        String only = names.length == 0 ? "" : "&variableNames=" + String.join(",", names);
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, user);
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        JsonNode variables = ok(rest.exchange("/engine-rest/task/" + taskId
                + "/form-variables?deserializeValues=false" + only, HttpMethod.GET, new HttpEntity<>(null, headers),
                String.class));
        Map<String, JsonNode> values = new HashMap<>();
        variables.fields().forEachRemaining(entry -> {
            JsonNode variable = entry.getValue();
            JsonNode value = variable.get("value");
            if ("Json".equals(variable.get("type").asText()) && value.isTextual()) {
                try {
                    value = json.readTree(value.asText());
                } catch (JsonProcessingException e) {
                    throw new AssertionError(e);
                }
            }
            values.put(entry.getKey(), value);
        });
        return values;
    }

    private static JsonNode asRead(JsonNode value) {
        if (value.isTextual()) {
            return TextNode.valueOf(value.asText().replaceAll("\\\\(\\p{Punct})", "$1"));
        }
        if (value instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> object.set(name, asRead(object.get(name))));
        } else if (value instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, asRead(array.get(i)));
            }
        }
        return value;
    }

    /** Submits a task form as Tasklist does: lists go as Json, everything else as plain values. */
    public ResponseEntity<String> submit(String user, String taskId, Map<String, ?> values) {
        return post(user, "/engine-rest/task/" + taskId + "/submit-form", formBody(values));
    }

    public void submitOk(String user, String taskId, Map<String, ?> values) {
        ResponseEntity<String> response = submit(user, taskId, values);
        assertThat(response.getStatusCode()).as("submitting %s as %s: %s", values, user, response.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** Starts a delegation from Tasklist's "Start process" with its start form. */
    public JsonNode startFromTasklist(String user, String title) {
        return ok(post(user, "/engine-rest/process-definition/key/delegation/submit-form",
                formBody(Map.of("title", title))));
    }

    private String formBody(Map<String, ?> values) {
        ObjectNode variables = json.createObjectNode();
        values.forEach((name, value) -> {
            ObjectNode variable = variables.putObject(name);
            if (value instanceof List<?> list) {
                variable.put("type", "Json");
                variable.put("value", json.valueToTree(list).toString());
            } else {
                variable.set("value", json.valueToTree(value));
            }
        });
        ObjectNode body = json.createObjectNode();
        body.set("variables", variables);
        return body.toString();
    }
}
