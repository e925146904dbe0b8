package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.safar.identity.EngineSurfaceMatrixTest.Needs.A_FILTER_THEY_READ;
import static org.safar.identity.EngineSurfaceMatrixTest.Needs.A_GROUP_TASK_OF_THEIRS;
import static org.safar.identity.EngineSurfaceMatrixTest.Needs.A_PROCESS_THEY_START;
import static org.safar.identity.EngineSurfaceMatrixTest.Needs.A_TASK_OF_THEIRS;
import static org.safar.identity.EngineSurfaceMatrixTest.Needs.NOTHING;
import static org.safar.identity.EngineSurfaceMatrixTest.Needs.NOTHING_SAFAR_HAS;
import static org.safar.identity.EngineSurfaceMatrixTest.Needs.THEIR_OWN_USER;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.safar.identity.EngineRestDescription.Endpoint;
import org.safar.identity.EngineSurfaceFixture.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's surface, as everyone but {@code camunda-admin} meets it: every state-changing endpoint
 * (POST, PUT, DELETE) that Camunda's own OpenAPI description lists, called by every role of Safar on
 * a delegation they may work and on one they may not. An endpoint is allowed only if it is on
 * {@link #ALLOWED}; everything else answers 403 with a problem detail and changes nothing, so an endpoint
 * that a new Camunda version adds is refused without this test being touched.
 *
 * <p>Allowed endpoints never answer 5xx: on what the role may work they succeed, or answer 400 for the
 * body (a submission with a key that is not a field of the form); on what it may not, 403 or 404. After
 * every refusal Safar's tables and the engine's runtime, repository and identity tables are as they were
 * ({@link DatabaseState}); after any call that changed something, the database goes back to the fixture,
 * so each call meets the same world ({@link EngineSurfaceFixture}).
 *
 * <p>A failure names the role, the method, the path template and the path called, with the answer. The
 * summary counts the calls by what came of them, and target/engine-surface-matrix.tsv lists every call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineSurfaceMatrixTest {

    /** What an allowed endpoint needs the object in its path to be, for the call to go through. */
    enum Needs {
        NOTHING("no object"),
        A_TASK_OF_THEIRS("a task the caller may work"),
        A_GROUP_TASK_OF_THEIRS("a task the caller may work that a group is offered: one made out to them alone keeps its assignee"),
        A_FILTER_THEY_READ("a filter the caller may read"),
        THEIR_OWN_USER("the caller's own user"),
        A_PROCESS_THEY_START("a process the caller may start"),
        NOTHING_SAFAR_HAS("a process of a tenant: Safar deploys none");

        final String text;

        Needs(String text) {
            this.text = text;
        }
    }

    /** An endpoint on the allow-list, with what it needs and why Tasklist or a Safar flow calls it. */
    record Allowed(String method, String template, Needs needs, String why) {
    }

    /**
     * Everything a user who is not {@code camunda-admin} may change through the engine. The GET
     * endpoints only read (each answers what the engine's authorizations let the caller see) and are
     * not part of this matrix.
     */
    static final List<Allowed> ALLOWED = List.of(
            new Allowed("POST", "/task", NOTHING,
                    "Tasklist's task list and Safar's clients query tasks with a body; the engine shows only the caller's"),
            new Allowed("POST", "/task/count", NOTHING, "Tasklist counts the tasks of a list"),
            new Allowed("POST", "/task/{id}/claim", A_TASK_OF_THEIRS, "Claim in Tasklist"),
            new Allowed("POST", "/task/{id}/unclaim", A_GROUP_TASK_OF_THEIRS, "Unclaim in Tasklist"),
            new Allowed("POST", "/task/{id}/assignee", A_TASK_OF_THEIRS,
                    "Tasklist's assignee field; Safar's rules decide to whom a deciding task may go"),
            new Allowed("POST", "/task/{id}/submit-form", A_TASK_OF_THEIRS,
                    "Complete in Tasklist: the form's fields, validated, are the only way to decide a task"),
            new Allowed("POST", "/task/{id}/comment/create", A_TASK_OF_THEIRS, "Tasklist's Add comment"),
            new Allowed("POST", "/process-definition/{id}/submit-form", A_PROCESS_THEY_START,
                    "Tasklist's Start process with the start form (officers: Delegation, Change a delegation)"),
            new Allowed("POST", "/process-definition/key/{key}/submit-form", A_PROCESS_THEY_START,
                    "the same start form addressed by key, as Safar's own clients do"),
            new Allowed("POST", "/process-definition/key/{key}/tenant-id/{tenant-id}/submit-form", NOTHING_SAFAR_HAS,
                    "the same by key within a tenant; Safar has no tenants, so it never finds a process to start"),
            new Allowed("POST", "/filter/{id}/list", A_FILTER_THEY_READ, "Tasklist's filters list their tasks"),
            new Allowed("POST", "/filter/{id}/count", A_FILTER_THEY_READ, "Tasklist shows each filter's count"),
            new Allowed("POST", "/filter/{id}/singleResult", A_FILTER_THEY_READ, "a filter's one task, as the API offers"),
            new Allowed("PUT", "/user/{id}/profile", THEIR_OWN_USER, "the Welcome app: one's own profile"),
            new Allowed("PUT", "/user/{id}/credentials", THEIR_OWN_USER, "the Welcome app: one's own password"));

    private static final String ENGINE_REST = "/engine-rest";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String NOT_A_FIELD = "{\"variables\": {\"" + EngineSurfaceFixture.PROBE_VARIABLE
            + "\": {\"value\": \"not a field of this form\"}}}";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    DataSource dataSource;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService management;

    @Autowired
    RepositoryService repository;

    @Autowired
    HistoryService history;

    @Autowired
    IdentityService identity;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    FilterService filters;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, TasklistSession> tasklist = new HashMap<>();
    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private EngineSurfaceFixture fixture;
    private DatabaseState database;
    private DatabaseState.Fingerprint fixtureState;
    private long started;
    private long callNanos;
    private long fingerprintNanos;
    private long restoreNanos;
    private int restores;

    @BeforeAll
    void openTheDelegations() {
        started = System.nanoTime();
        fixture = new EngineSurfaceFixture(new SafarApi(rest, new DelegationJobs(runtime, management)), runtime,
                taskService, management, repository, history, identity, authorizations, filters);
        fixture.build();
        database = new DatabaseState(dataSource);
        database.keep();
        fixtureState = database.fingerprint();
        System.out.printf("Engine surface: fixture ready in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
    }

    @TestFactory
    Stream<DynamicNode> engineRestApi() {
        List<Endpoint> endpoints = EngineRestDescription.stateChangingEndpoints();
        return EngineSurfaceFixture.ROLES.entrySet().stream().map(role -> dynamicContainer(
                role.getKey() + " (" + role.getValue() + ")",
                endpoints.stream().flatMap(endpoint -> calls(role.getKey(), endpoint))));
    }

    /** One call per scope whose ids make a different path; an endpoint without ids is called once. */
    private Stream<DynamicNode> calls(String role, Endpoint endpoint) {
        Map<String, Scope> byPath = new LinkedHashMap<>();
        for (Scope scope : List.of(fixture.own(role), fixture.another(role))) {
            byPath.putIfAbsent(fill(endpoint.template(), scope), scope);
        }
        List<Scope> scopes = List.copyOf(byPath.values());
        boolean withIds = !endpoint.pathParameters().isEmpty();
        return scopes.stream().map(scope -> {
            Optional<Allowed> allowed = allowed(endpoint.method(), endpoint.template());
            Expectation expected = expectation(allowed, scope);
            String call = endpoint + (withIds && scopes.size() > 1 ? " on " + scope.name() : "");
            return dynamicTest(call + " → " + expected.text, () -> check(role, call, expected,
                    () -> callEngineRest(role, endpoint, scope)));
        });
    }

    /**
     * The webapps' own engine API, which Tasklist's pages call with a session and a CSRF token: the same
     * rule holds there.
     */
    @TestFactory
    Stream<DynamicNode> tasklistEngineApi() {
        String api = TasklistSession.ENGINE_API;
        String tokyosTask = fixture.own("tokyo").ids().get("task");
        String japaneseTimer = fixture.own("tokyo").ids().get("job");
        String japaneseInstance = fixture.own("tokyo").ids().get("process-instance");
        return Stream.of(
                webapp("tokyo", "PUT", api + "/task/" + tokyosTask + "/localVariables/" + EngineSurfaceFixture.PROBE_VARIABLE,
                        "{\"value\": \"" + fixture.korea + "\", \"type\": \"String\"}", Expectation.REFUSED),
                webapp("tokyo", "POST", api + "/message", """
                        {"messageName": "Msg_DelegationCancelled", "businessKey": "%d", "all": true,
                         "processVariables": {"cancellationReason": {"value": "Not mine to cancel"}}}"""
                        .formatted(fixture.japan), Expectation.REFUSED),
                webapp("seoul", "POST", api + "/job/" + japaneseTimer + "/execute", null, Expectation.REFUSED),
                webapp("tokyo", "POST", api + "/process-instance/" + japaneseInstance + "/modification",
                        "{\"skipCustomListeners\": true, \"instructions\": [{\"type\": \"cancel\", \"activityId\": "
                                + "\"UserTask_ConfirmHostArrangements\"}]}", Expectation.REFUSED),
                webapp("tokyo", "POST", api + "/task/" + tokyosTask + "/claim", "{\"userId\": \"tokyo\"}",
                        Expectation.WORKS),
                webapp("seoul", "POST", api + "/task/" + tokyosTask + "/claim", "{\"userId\": \"seoul\"}",
                        Expectation.HIDDEN),
                webapp("seoul", "POST", api + "/task/" + tokyosTask + "/submit-form", NOT_A_FIELD, Expectation.HIDDEN));
    }

    private DynamicNode webapp(String user, String method, String path, String body, Expectation expected) {
        String shown = described(path.replace(TasklistSession.ENGINE_API, "/camunda/api/engine/engine/default"));
        return dynamicTest(user + ": " + method + " " + shown + " → " + expected.text,
                () -> check(user, "webapp " + method + " " + shown, expected, () -> {
                    HttpResponse<String> response = session(user).exchange(method, path, body);
                    return new Response(path, response.statusCode(),
                            response.headers().firstValue("Content-Type").orElse(""), response.body());
                }));
    }

    /** The path with the Japanese delegation's ids named, so that a test's name stays the same from run to run. */
    private String described(String path) {
        Scope japan = fixture.own("tokyo");
        return path.replace(japan.ids().get("task"), "{Japanese embassy task}")
                .replace(japan.ids().get("job"), "{Japanese timer job}")
                .replace(japan.ids().get("process-instance"), "{Japanese embassy stage}");
    }

    private TasklistSession session(String user) {
        return tasklist.computeIfAbsent(user, id -> {
            TasklistSession session = new TasklistSession(port);
            assertThat(session.login(id, id)).as("%s logs in to Tasklist", id).isEqualTo(200);
            // As Tasklist does after the login: its first page fetches the filters, and the session's CSRF token.
            assertThat(session.get(TasklistSession.ENGINE_API + "/filter?resourceType=Task").statusCode()).isEqualTo(200);
            return session;
        });
    }

    /** What a call should come to. */
    enum Expectation {
        /** Not on the allow-list: 403 with a problem detail, nothing changed. */
        REFUSED("403"),
        /** Allowed, on what the role may work: 2xx, or 400 for the body; never 5xx. */
        WORKS("allowed"),
        /** Allowed, on what the role may not work or see: 403 or 404, nothing changed. */
        HIDDEN("403 or 404");

        final String text;

        Expectation(String text) {
            this.text = text;
        }
    }

    record Response(String path, int status, String contentType, String body) {
    }

    /** One call's result, for the summary. */
    record Outcome(String role, String call, Expectation expected, int status, boolean problemDetail,
            String databaseChanges, boolean passed, String answer) {

        String kind() {
            if (passed) {
                return expected == Expectation.REFUSED ? "refused as it should be" : expected == Expectation.WORKS
                        ? "allowed and worked" : "allowed, and kept from what is not theirs";
            }
            String changed = databaseChanges.isEmpty() ? "" : ", database changed";
            if (status >= 500) {
                return "answered " + (status / 100) + "xx" + changed;
            }
            if (expected == Expectation.WORKS) {
                return "allowed but answered " + status + changed;
            }
            if (status == 403 && !problemDetail) {
                return "403 without a problem detail" + changed;
            }
            if (status == 403 || (expected == Expectation.HIDDEN && status == 404)) {
                return "refused but database changed";
            }
            return "not refused: " + (status / 100) + "xx" + changed;
        }
    }

    private void check(String role, String call, Expectation expected, Supplier<Response> send) {
        long begin = System.nanoTime();
        Response response = send.get();
        long called = System.nanoTime();
        DatabaseState.Fingerprint after = database.fingerprint();
        String changes = fixtureState.differencesTo(after);
        long compared = System.nanoTime();
        if (!changes.isEmpty()) {
            // Allowed or wrongly accepted, the next call meets the fixture again.
            database.restore();
            restores++;
        }
        callNanos += called - begin;
        fingerprintNanos += compared - called;
        restoreNanos += System.nanoTime() - compared;
        boolean problemDetail = response.contentType().startsWith("application/problem+json");
        String answer = response.path() + ": " + response.status() + " " + response.contentType() + " "
                + abbreviate(response.body());
        boolean passed = switch (expected) {
            case REFUSED -> response.status() == 403 && problemDetail && changes.isEmpty();
            case WORKS -> response.status() / 100 == 2 || response.status() == 400;
            case HIDDEN -> hiddenAnswers(call).contains(response.status()) && changes.isEmpty();
        };
        outcomes.add(new Outcome(role, call, expected, response.status(), problemDetail, changes, passed, answer));
        switch (expected) {
            case REFUSED -> {
                assertThat(response.status()).as("%s: %s answered %s", role, call, answer).isEqualTo(403);
                assertThat(response.contentType()).as("%s: %s answered %s", role, call, answer)
                        .startsWith("application/problem+json");
            }
            case WORKS -> assertThat(response.status())
                    .as("%s: %s is allowed and answered %s", role, call, answer)
                    .matches(status -> status / 100 == 2 || status == 400, "2xx or 400");
            case HIDDEN -> assertThat(response.status())
                    .as("%s: %s on what is not theirs answered %s", role, call, answer).isIn(hiddenAnswers(call));
        }
        if (expected != Expectation.WORKS) {
            assertThat(changes).as("%s: %s was refused, yet the database changed", role, call).isEmpty();
        }
    }

    /**
     * The engine REST API also answers under the name of the engine, {@code /engine-rest/engine/default/…}
     * (the description's second server): the same rule holds there.
     */
    @TestFactory
    Stream<DynamicNode> engineRestApiByEngineName() {
        String named = ENGINE_REST + "/engine/default";
        Scope tokyo = fixture.own("tokyo");
        return Stream.of(
                byName("tokyo", "PUT", named + "/task/" + tokyo.ids().get("task") + "/localVariables/"
                        + EngineSurfaceFixture.PROBE_VARIABLE, "{\"value\": \"x\", \"type\": \"String\"}",
                        Expectation.REFUSED),
                byName("seoul", "POST", named + "/job/" + tokyo.ids().get("job") + "/execute", null, Expectation.REFUSED),
                byName("tokyo", "POST", named + "/task/" + tokyo.ids().get("task") + "/claim", "{\"userId\": \"tokyo\"}",
                        Expectation.WORKS),
                byName("seoul", "POST", named + "/task/" + tokyo.ids().get("task") + "/claim", "{\"userId\": \"seoul\"}",
                        Expectation.HIDDEN));
    }

    private DynamicNode byName(String user, String method, String path, String body, Expectation expected) {
        return dynamicTest(user + ": " + method + " " + described(path) + " → " + expected.text, () -> check(user,
                method + " " + described(path), expected, () -> send(user, method, path, body == null ? null : "application/json",
                        body == null ? null : body.getBytes(StandardCharsets.UTF_8))));
    }

    private Response callEngineRest(String role, Endpoint endpoint, Scope scope) {
        String path = fill(endpoint.template(), scope);
        Optional<Allowed> allowed = allowed(endpoint.method(), endpoint.template());
        String contentType = endpoint.contentType();
        byte[] body = endpoint.body();
        if (allowed.isPresent()) {
            String own = allowedBody(role, allowed.get(), scope);
            contentType = own == null ? null : "application/json";
            body = own == null ? null : own.getBytes(StandardCharsets.UTF_8);
        }
        return send(role, endpoint.method(), ENGINE_REST + path, contentType, body);
    }

    /** A call with HTTP Basic, the demo user's password being their id. */
    private Response send(String role, String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((role + ":" + role).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(path, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * The bodies of allowed calls: what Tasklist sends, made so that a call that goes through leaves the
     * fixture usable (claims for oneself, a submission the form refuses, one's own profile and password as
     * they are).
     */
    private String allowedBody(String role, Allowed allowed, Scope scope) {
        String template = allowed.template();
        if (template.endsWith("/claim") || template.endsWith("/assignee")) {
            return "{\"userId\": \"" + role + "\"}";
        }
        if (template.endsWith("/unclaim")) {
            return null;
        }
        if (template.endsWith("/submit-form")) {
            return NOT_A_FIELD;
        }
        if (template.endsWith("/comment/create")) {
            return "{\"message\": \"Called the host institution about the dates.\"}";
        }
        if (template.endsWith("/profile")) {
            User user = identity.createUserQuery().userId(scope.ids().get("user")).singleResult();
            return """
                    {"id": "%s", "firstName": "%s", "lastName": "%s", "email": "%s"}"""
                    .formatted(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail());
        }
        if (template.endsWith("/credentials")) {
            // Demo passwords are the user ids: the password stays what it is.
            return """
                    {"password": "%s", "authenticatedUserPassword": "%s"}""".formatted(scope.ids().get("user"), role);
        }
        return "{}";
    }

    private static Optional<Allowed> allowed(String method, String template) {
        return ALLOWED.stream().filter(a -> a.method().equals(method) && a.template().equals(template)).findFirst();
    }

    private static Expectation expectation(Optional<Allowed> allowed, Scope scope) {
        if (allowed.isEmpty()) {
            return Expectation.REFUSED;
        }
        boolean theirs = switch (allowed.get().needs()) {
            case NOTHING -> true;
            case A_TASK_OF_THEIRS -> scope.taskOfTheirs();
            case A_GROUP_TASK_OF_THEIRS -> scope.groupTaskOfTheirs();
            case A_FILTER_THEY_READ -> scope.filterTheyRead();
            case THEIR_OWN_USER -> scope.theirOwnUser();
            case A_PROCESS_THEY_START -> scope.processTheyStart();
            case NOTHING_SAFAR_HAS -> false;
        };
        return theirs ? Expectation.WORKS : Expectation.HIDDEN;
    }

    /** The path with each parameter filled with the scope's id of that kind. */
    static String fill(String template, Scope scope) {
        Matcher parameter = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String id = scope.ids().getOrDefault(idKind(template, parameter.group(1)), EngineSurfaceFixture.NO_SUCH_ID);
            parameter.appendReplacement(path, Matcher.quoteReplacement(id));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    /**
     * Which kind of id a path parameter takes: {@code {id}} is the resource's own (a task's under
     * /task, a historic instance's under /history/process-instance; an execution with a message
     * subscription where one is triggered), the others say what they are.
     */
    static String idKind(String template, String parameter) {
        String[] segments = template.substring(1).split("/");
        String resource = "history".equals(segments[0]) ? "history/" + segments[1] : segments[0];
        return switch (parameter) {
            case "id" -> template.contains("/messageSubscriptions/") ? resource + "-subscribed" : resource;
            case "operationId" -> resource;
            case "key" -> resource + "-key";
            case "tenant-id" -> "tenant-id";
            case "varName" -> "var";
            case "commentId" -> resource + "-comment";
            case "attachmentId" -> "attachment";
            case "messageName" -> "message";
            case "userId" -> "member-user";
            case "groupId" -> "member-group";
            default -> resource + "/" + parameter;
        };
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() > 240 ? oneLine.substring(0, 240) + "…" : oneLine;
    }

    @AfterAll
    void summary() {
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        Map<String, Integer> byKind = new TreeMap<>();
        Map<String, Integer> failedByRole = new TreeMap<>();
        long refused = 0;
        for (Outcome outcome : outcomes) {
            byKind.merge(outcome.kind(), 1, Integer::sum);
            if (outcome.status() == 403 && outcome.problemDetail()) {
                refused++;
            }
            if (!outcome.passed()) {
                failedByRole.merge(outcome.role(), 1, Integer::sum);
            }
        }
        long allowed = outcomes.stream().filter(o -> o.expected() != Expectation.REFUSED).count();
        StringBuilder summary = new StringBuilder();
        summary.append("Engine surface matrix: %d endpoints (POST, PUT, DELETE) × %d roles, %d calls in %d s%n"
                .formatted(EngineRestDescription.stateChangingEndpoints().size(), EngineSurfaceFixture.ROLES.size(),
                        outcomes.size(), seconds));
        summary.append("  time in calls %d s, in fingerprints %d s, in %d restores of the fixture %d s%n".formatted(
                callNanos / 1_000_000_000, fingerprintNanos / 1_000_000_000, restores, restoreNanos / 1_000_000_000));
        summary.append("  refused with 403 problem detail ... %d%n".formatted(refused));
        summary.append("  on the allow-list ................ %d calls of %d endpoints%n".formatted(allowed, ALLOWED.size()));
        byKind.forEach((kind, count) -> summary.append("  %-40s %d%n".formatted(kind, count)));
        if (!failedByRole.isEmpty()) {
            summary.append("  failed per role: ").append(failedByRole).append(System.lineSeparator());
        }
        System.out.print(summary);
        writeEveryCall();
    }

    /** Every call with its answer, for a reader who wants more than the summary. */
    private void writeEveryCall() {
        StringBuilder lines = new StringBuilder();
        synchronized (outcomes) {
            for (Outcome outcome : outcomes) {
                lines.append(String.join("\t", outcome.role(), outcome.call(), outcome.expected().text, outcome.kind(),
                        outcome.answer(), outcome.databaseChanges())).append('\n');
            }
        }
        try {
            Path report = Path.of("target", "engine-surface-matrix.tsv");
            Files.createDirectories(report.getParent());
            Files.writeString(report, lines);
            System.out.println("  every call: " + report.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How a call on the list answers on what the role may not see: 403 or 404. Camunda's resource for a
     * filter's single result answers every failure of the engine, its refusal included, with 400 "Filter
     * does not returns a valid single result"; it shows and changes nothing.
     */
    private static List<Integer> hiddenAnswers(Object call) {
        return String.valueOf(call).contains("/filter/{id}/singleResult") ? List.of(400, 403, 404) : List.of(403, 404);
    }
}
