package org.safar.engine;

// Camunda's internals: the JSON that Tasklist's engine API answers on each endpoint below (the fields read
// are named by each Localized), the HAL shape of the task lists ("_embedded" with "task", "processDefinition",
// "group"), and the session attribute "authenticatedUser" holding the webapps' Authentications
// (org.camunda.bpm.webapp.impl.security.auth). If an endpoint moves or a field is renamed, Tasklist shows the
// models' English names and forms to everyone; if the session attribute changes, the language a user picks in
// Tasklist no longer reaches their e-mails. UpgradeContractTest calls each endpoint as Tasklist does.

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.safar.delegation.TaskHeadlines;
import org.safar.i18n.FormCatalogs;
import org.safar.i18n.Language;
import org.safar.i18n.TasklistNames;
import org.safar.i18n.UserLanguages;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Puts what Tasklist fetches from the engine into the user's language on its way out: the deployed
 * task and start forms (from the form catalogs) and the process, task, group and filter names in
 * lists, task headers and the start dialog. In every language, English included, a task's name also
 * gets its delegation's headline ({@link TaskHeadlines}: reference, title, host country, dates), so that
 * ten "Approve funding" in a list can be told apart. Only the webapps' own engine API passes here; the
 * engine REST API that other systems use keeps the names of the models.
 *
 * <p>What an answer holds is known by the endpoint that gives it ({@link #ENDPOINTS}), not guessed from
 * its shape: an answer of an endpoint not listed passes unchanged.
 */
class TasklistLocalizationFilter extends OncePerRequestFilter {

    /** Camunda's webapps keep the logged-in users in the session under this name. */
    static final String WEBAPP_AUTHENTICATIONS = "authenticatedUser";

    /** The webapps' engine API, e.g. {@code /camunda/api/engine/engine/default}, before the endpoint. */
    static final Pattern ENGINE_API = Pattern.compile("^.*/api/engine/engine/[^/]+");

    /** What each endpoint Tasklist calls answers, by its path after the engine's name. */
    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/task/[^/]+/deployed-form", Answer.FORM),
            new Endpoint("/process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/deployed-start-form", Answer.FORM),
            new Endpoint("/task", Answer.TASKS),
            new Endpoint("/task/[^/]+", Answer.TASK),
            new Endpoint("/filter/[^/]+/list", Answer.TASKS),
            new Endpoint("/process-definition", Answer.PROCESS_DEFINITIONS),
            new Endpoint("/process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)", Answer.PROCESS_DEFINITION),
            new Endpoint("/filter", Answer.FILTERS),
            new Endpoint("/filter/[^/]+", Answer.FILTER),
            new Endpoint("/group", Answer.GROUPS),
            new Endpoint("/group/[^/]+", Answer.GROUP));

    /**
     * What an endpoint answers: one thing, or a list of them, a JSON array or, as HAL, an object that
     * embeds them under their relation (the task lists also embed their process definitions and groups).
     */
    enum Answer {
        FORM, TASKS, TASK, PROCESS_DEFINITIONS, PROCESS_DEFINITION, FILTERS, FILTER, GROUPS, GROUP;

        /** Tasks get their headline in English too. */
        boolean hasTasks() {
            return this == TASKS || this == TASK;
        }
    }

    /** Between a task's name and its delegation's headline. */
    static final String HEADLINE_SEPARATOR = " — ";

    record Endpoint(Pattern path, Answer answer) {

        Endpoint(String path, Answer answer) {
            this(Pattern.compile(path), answer);
        }
    }

    private final FormCatalogs forms;
    private final TasklistNames names;
    private final UserLanguages users;
    private final TaskHeadlines headlines;
    private final ObjectMapper json;

    TasklistLocalizationFilter(FormCatalogs forms, TasklistNames names, UserLanguages users, TaskHeadlines headlines,
            ObjectMapper json) {
        this.forms = forms;
        this.names = names;
        this.users = users;
        this.headlines = headlines;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Language language = Language.requestedBy(request);
        rememberFor(request.getSession(false), language);
        Optional<Answer> answer = answerOf(request);
        if (answer.isEmpty() || language == Language.EN && !answer.get().hasTasks()) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        String contentType = wrapper.getContentType();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && contentType != null && contentType.contains("json")
                && body.length > 0) {
            JsonNode localized = localize(answer.get(), json.readTree(body), language);
            body = json.writeValueAsBytes(localized);
            wrapper.resetBuffer();
            wrapper.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.code());
            wrapper.getOutputStream().write(body);
        }
        wrapper.copyBodyToResponse();
    }

    /** What the request's endpoint answers, for a GET, or for the POST that lists a filter's tasks and only reads. */
    static Optional<Answer> answerOf(HttpServletRequest request) {
        String call = ENGINE_API.matcher(request.getRequestURI()).replaceFirst("");
        Optional<Answer> answer = ENDPOINTS.stream().filter(endpoint -> endpoint.path().matcher(call).matches())
                .map(Endpoint::answer).findFirst();
        boolean reads = "GET".equals(request.getMethod())
                || "POST".equals(request.getMethod()) && call.matches("/filter/[^/]+/list");
        return reads ? answer : Optional.empty();
    }

    private JsonNode localize(Answer answer, JsonNode body, Language language) {
        switch (answer) {
            case FORM -> {
                return forms.translate(body, language);
            }
            case TASKS -> {
                localizeTasks(listed(body, "task"), language);
                embedded(body, "processDefinition").forEach(definition -> localizeProcess(definition, language));
                embedded(body, "group").forEach(group -> localizeGroup(group, language));
            }
            case TASK -> {
                localizeTasks(List.of(body), language);
                embedded(body, "processDefinition").forEach(definition -> localizeProcess(definition, language));
                embedded(body, "group").forEach(group -> localizeGroup(group, language));
            }
            case PROCESS_DEFINITIONS -> listed(body, "processDefinition").forEach(d -> localizeProcess(d, language));
            case PROCESS_DEFINITION -> localizeProcess(body, language);
            case FILTERS -> listed(body, "filter").forEach(filter -> localizeFilter(filter, language));
            case FILTER -> localizeFilter(body, language);
            case GROUPS -> listed(body, "group").forEach(group -> localizeGroup(group, language));
            case GROUP -> localizeGroup(body, language);
        }
        return body;
    }

    /** The things a list answers: the array's elements, or those HAL embeds under {@code rel}. */
    private static Iterable<JsonNode> listed(JsonNode body, String rel) {
        return body.isArray() ? body : embedded(body, rel);
    }

    private static Iterable<JsonNode> embedded(JsonNode node, String rel) {
        return node.path("_embedded").path(rel);
    }

    private void localizeTasks(Iterable<JsonNode> tasks, Language language) {
        List<String> ids = new ArrayList<>();
        tasks.forEach(task -> Optional.ofNullable(task.path("id").asText(null)).ifPresent(ids::add));
        Map<String, String> headlineOf = headlines.of(ids, language.locale());
        tasks.forEach(task -> localizeTask(task, language, headlineOf.get(task.path("id").asText(null))));
    }

    private void localizeTask(JsonNode task, Language language, String headline) {
        String key = task.path("taskDefinitionKey").asText(null);
        if (key != null) {
            replace(task, "name", name -> names.taskName(key, name, language));
            replace(task, "description", description -> names.taskDescription(key, description, language));
        }
        if (headline != null) {
            replace(task, "name", name -> name.endsWith(HEADLINE_SEPARATOR + headline) ? name
                    : name + HEADLINE_SEPARATOR + headline);
        }
    }

    private void localizeProcess(JsonNode definition, Language language) {
        String key = definition.path("key").asText(null);
        if (key != null) {
            replace(definition, "name", name -> names.processName(key, name, language));
        }
    }

    private void localizeGroup(JsonNode group, Language language) {
        String id = group.path("id").asText(null);
        if (id != null) {
            replace(group, "name", name -> names.groupName(id, name, language));
        }
    }

    private void localizeFilter(JsonNode filter, Language language) {
        replace(filter, "name", name -> names.filterText(name, language));
        replace(filter.path("properties"), "description", description -> names.filterText(description, language));
    }

    private static void replace(JsonNode node, String field, UnaryOperator<String> translation) {
        if (node instanceof ObjectNode object && object.get(field) != null && object.get(field).isTextual()) {
            object.put(field, translation.apply(object.get(field).asText()));
        }
    }

    private void rememberFor(HttpSession session, Language language) {
        if (session != null && session.getAttribute(WEBAPP_AUTHENTICATIONS) instanceof Authentications authentications) {
            authentications.getAuthentications().stream().findFirst().map(UserAuthentication::getName)
                    .ifPresent(userId -> users.remember(userId, language));
        }
    }
}
