package org.safar.engine;

// Camunda's internals: Tasklist 7.24 saves a task's due and follow-up dates by sending the whole task it
// shows back with PUT /task/{id} (cam-tasklist-task-meta, `Task.update`), name and description included. If
// a later Tasklist sends only the dates, this filter finds no name to put back and changes nothing. The task
// it sends holds its camundaFormRef, which the engine REST API's TaskDto cannot read (an interface).

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a task's name and description as its model gives them when Tasklist saves the task. Tasklist
 * shows them as {@link TasklistLocalizationFilter} made them — in the user's language and with the
 * delegation's headline — and sends them back when someone sets a due or follow-up date; stored, they
 * would show that language and headline to everyone, and the headline twice once it changed. So the
 * stored name and description replace what the save carries, and the form reference the engine cannot
 * read back is left out; everything else in it is the user's, and the engine still decides whether they
 * may save.
 */
class TaskNamesKept extends OncePerRequestFilter {

    /** A task, after the webapps' engine API ({@link TasklistLocalizationFilter#ENGINE_API}): {@code /task/42}. */
    private static final Pattern TASK = Pattern.compile("/task/([^/]+)");

    private final TaskService tasks;
    private final ObjectMapper json;

    TaskNamesKept(TaskService tasks, ObjectMapper json) {
        this.tasks = tasks;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"PUT".equals(request.getMethod()) || !task(request).matches();
    }

    private static Matcher task(HttpServletRequest request) {
        return TASK.matcher(TasklistLocalizationFilter.ENGINE_API.matcher(request.getRequestURI()).replaceFirst(""));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher task = task(request);
        byte[] body = request.getInputStream().readAllBytes();
        if (task.matches()) {
            body = withStoredNames(task.group(1), body);
        }
        chain.doFilter(new WithBody(request, body), response);
    }

    /** The save with the stored name and description; unchanged if it is no task object or no such task. */
    private byte[] withStoredNames(String taskId, byte[] body) throws IOException {
        JsonNode save;
        try {
            save = json.readTree(body);
        } catch (IOException notJson) {
            return body;
        }
        // Read without the user: only names the save already shows them are copied; the save is theirs to make.
        Task stored = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (!(save instanceof ObjectNode fields) || stored == null) {
            return body;
        }
        keep(fields, "name", stored.getName());
        keep(fields, "description", stored.getDescription());
        // The form reference Tasklist shows with the task is no property a save can set, and the engine REST
        // API cannot read it back (CamundaFormRef is an interface): left in, every save of a task with a Camunda
        // Form answers 400.
        fields.remove("camundaFormRef");
        return json.writeValueAsBytes(fields);
    }

    private static void keep(ObjectNode fields, String field, String stored) {
        if (fields.has(field)) {
            fields.put(field, stored);
        }
    }

    /** The request with the body that was read from it, to be read again. */
    private static final class WithBody extends HttpServletRequestWrapper {

        private static final String CONTENT_LENGTH = "Content-Length";

        private final byte[] body;

        WithBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is read at once");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public String getHeader(String name) {
            return CONTENT_LENGTH.equalsIgnoreCase(name) ? String.valueOf(body.length) : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return CONTENT_LENGTH.equalsIgnoreCase(name) ? Collections.enumeration(List.of(String.valueOf(body.length)))
                    : super.getHeaders(name);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
