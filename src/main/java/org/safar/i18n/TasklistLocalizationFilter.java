package org.safar.i18n;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.function.UnaryOperator;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Puts what Tasklist fetches from the engine into the user's language on its way out: the deployed
 * task and start forms (from the form catalogs) and the process, task, group and filter names in
 * lists, task headers and the start dialog. Only the webapps' own engine API passes here; the engine REST
 * API that other systems use keeps the names of the models.
 */
class TasklistLocalizationFilter extends OncePerRequestFilter {

    /** Camunda's webapps keep the logged-in users in the session under this name. */
    private static final String WEBAPP_AUTHENTICATIONS = "authenticatedUser";

    private final FormCatalogs forms;
    private final TasklistNames names;
    private final UserLanguages users;
    private final ObjectMapper json;

    TasklistLocalizationFilter(FormCatalogs forms, TasklistNames names, UserLanguages users, ObjectMapper json) {
        this.forms = forms;
        this.names = names;
        this.users = users;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Language language = Language.requestedBy(request);
        rememberFor(request.getSession(false), language);
        if (language == Language.EN || !"GET".equals(request.getMethod()) && !isTaskList(request)) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        String contentType = wrapper.getContentType();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && contentType != null && contentType.contains("json")
                && body.length > 0) {
            JsonNode localized = localize(request.getRequestURI(), json.readTree(body), language);
            body = json.writeValueAsBytes(localized);
            wrapper.resetBuffer();
            wrapper.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.code());
            wrapper.getOutputStream().write(body);
        }
        wrapper.copyBodyToResponse();
    }

    /** Tasklist asks for the tasks of a filter with a POST that only reads. */
    private static boolean isTaskList(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getRequestURI().matches(".*/filter/[^/]+/list");
    }

    private JsonNode localize(String path, JsonNode body, Language language) {
        if (path.endsWith("/deployed-form") || path.endsWith("/deployed-start-form")) {
            return forms.translate(body, language);
        }
        localizeNames(body, language);
        return body;
    }

    private void localizeNames(JsonNode node, Language language) {
        if (node instanceof ObjectNode object) {
            if (object.hasNonNull("taskDefinitionKey")) {
                String key = object.get("taskDefinitionKey").asText();
                replace(object, "name", name -> names.taskName(key, name, language));
                replace(object, "description", description -> names.taskDescription(key, description, language));
            } else if (isProcessDefinition(object)) {
                String key = object.get("key").asText();
                replace(object, "name", name -> names.processName(key, name, language));
            } else if (isGroup(object)) {
                String id = object.get("id").asText();
                replace(object, "name", name -> names.groupName(id, name, language));
            } else if ("Task".equals(object.path("resourceType").asText())) {
                replace(object, "name", name -> names.filterText(name, language));
                if (object.get("properties") instanceof ObjectNode properties) {
                    replace(properties, "description", description -> names.filterText(description, language));
                }
            }
        }
        node.forEach(child -> localizeNames(child, language));
    }

    private static boolean isProcessDefinition(ObjectNode object) {
        return object.hasNonNull("key") && object.has("version") && object.has("resource") && object.has("name");
    }

    /** A group as the engine API answers it: its id, name and type, and nothing else but HAL's links. */
    private static boolean isGroup(ObjectNode object) {
        int fields = object.size() - (object.has("_links") ? 1 : 0) - (object.has("_embedded") ? 1 : 0);
        return fields == 3 && object.hasNonNull("id") && object.has("name") && object.path("type").isTextual();
    }

    private static void replace(ObjectNode object, String field, UnaryOperator<String> translation) {
        JsonNode value = object.get(field);
        if (value != null && value.isTextual()) {
            object.put(field, translation.apply(value.asText()));
        }
    }

    private void rememberFor(HttpSession session, Language language) {
        if (session != null && session.getAttribute(WEBAPP_AUTHENTICATIONS) instanceof Authentications authentications) {
            authentications.getAuthentications().stream().findFirst().map(UserAuthentication::getName)
                    .ifPresent(userId -> users.remember(userId, language));
        }
    }
}
