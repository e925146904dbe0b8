package org.safar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.safar.identity.ApprovedDelegations;
import org.safar.web.ExampleBodies.Example;
import org.safar.web.ExampleBodies.Fixture;
import org.safar.web.WriteEndpoints.WriteEndpoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 14's proof: every body Safar's API reads, sent bad in thousands of ways generated from its
 * request record, is refused with a 4xx problem that shows no Java, and changes nothing: the rows of
 * Safar's tables and of the engine's runtime, the delegation the paths name and the caller's language
 * are the same after each endpoint's batch as before. Last, each valid example is accepted, so that
 * every refusal was the one changed place's. That last step changes data: the next class finds the
 * database as the context started (org.safar.DatabaseAsStarted).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

    private static final String GERMANY = "Study trip: citizen service centres in Germany";
    private static final int AT_LEAST = 300;
    private static final int SENDERS = 4;
    private static final List<String> ENGINE_RUNTIME = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE",
            "ACT_RU_JOB");
    private static final List<String> NO_JAVA = List.of("java.", "org.", "Exception");
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$]+(\\.[\\w$<>]+)+\\(|\tat ");

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    private SafarApi api;
    private RawRequests raw;
    private Fixture fixture;

    /** What the paths name: a delegation of three, cleared and approved, waiting for its embassy. */
    @BeforeAll
    void openADelegationWaitingForItsEmbassy() {
        api = new SafarApi(rest, new DelegationJobs(runtime, management));
        raw = new RawRequests(port);
        long delegation = ApprovedDelegations.waitingForTheEmbassy(api, GERMANY, "Centre leads to Berlin",
                "Oybek Sobirov", "Barno Ahmedova", "Sherzod Mahmudov");
        JsonNode view = api.delegation("aziza", delegation);
        assertThat(view.get("stage").asText()).isEqualTo("EMBASSY");
        long sherzod = view.get("members").findParents("fullName").stream()
                .filter(member -> member.get("fullName").asText().equals("Sherzod Mahmudov"))
                .mapToLong(member -> member.get("id").asLong()).findFirst().orElseThrow();
        fixture = new Fixture(api.programmeId(GERMANY), api.staffIds("Akmal Tojiboev", "Nilufar Mamatova"),
                delegation, sherzod);
    }

    @AfterAll
    void stopSending() {
        senders.shutdownNow();
    }

    @TestFactory
    List<DynamicNode> everyBadBodyIsRefusedWithAProblemAndChangesNothing() {
        Map<String, Example> examples = ExampleBodies.of(fixture);
        List<WriteEndpoint> endpoints = WriteEndpoints.under(mappings, "/api/");
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(dynamicTest("every POST and PUT endpoint under /api reads a body and has a valid example", () -> {
            assertThat(endpoints).allSatisfy(endpoint -> assertThat(endpoint.body()).as(endpoint.key()).isNotNull());
            assertThat(examples.keySet()).containsExactlyInAnyOrderElementsOf(
                    endpoints.stream().map(WriteEndpoint::key).toList());
        }));
        long[] started = new long[1];
        int total = 0;
        StringBuilder counts = new StringBuilder("Bad-input corpus, payloads per endpoint:");
        for (Map.Entry<String, Example> entry : examples.entrySet()) {
            WriteEndpoint endpoint = endpoints.stream().filter(e -> e.key().equals(entry.getKey())).findFirst()
                    .orElse(null);
            if (endpoint == null || endpoint.body() == null) {
                continue;
            }
            List<BadPayload> payloads = BadInputCorpus.of(endpoint, entry.getValue());
            counts.append("%n  %5d  %s".formatted(payloads.size(), endpoint.key()));
            total += payloads.size();
            nodes.add(dynamicContainer(endpoint.key(), batch(endpoint, entry.getValue(), payloads, started)));
        }
        System.out.println(counts.append("%n  %5d  in all".formatted(total)));
        int sent = total;
        nodes.add(dynamicContainer("each valid example is accepted", examples.entrySet().stream().map(entry ->
                dynamicTest(entry.getKey() + " · the valid example", () -> assertAccepted(entry.getKey(),
                        entry.getValue())))));
        nodes.add(dynamicTest("time taken", () -> System.out.printf("Bad-input corpus: %d payloads sent in %.1f s%n",
                sent, (System.nanoTime() - started[0]) / 1e9)));
        return nodes;
    }

    /**
     * The state, then every payload, then the state again. The payloads go out together once the state
     * is read, a few at a time, so that the server's threads work while the tests read the answers.
     */
    private List<DynamicNode> batch(WriteEndpoint endpoint, Example example, List<BadPayload> payloads,
            long[] started) {
        AtomicReference<Map<String, String>> before = new AtomicReference<>();
        List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(dynamicTest(endpoint.key() + " · at least " + AT_LEAST + " bad payloads, state before", () -> {
            if (started[0] == 0) {
                started[0] = System.nanoTime();
            }
            before.set(state());
            payloads.forEach(payload -> answers.add(
                    CompletableFuture.supplyAsync(() -> raw.send(example.user(), payload), senders)));
            assertThat(payloads).hasSizeGreaterThanOrEqualTo(AT_LEAST);
        }));
        for (int i = 0; i < payloads.size(); i++) {
            int index = i;
            tests.add(dynamicTest(payloads.get(i).name(), () -> assertRefused(payloads.get(index),
                    answers.get(index).join())));
        }
        tests.add(dynamicTest(endpoint.key() + " · nothing changed", () -> {
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).handle((done, failed) -> done).join();
            assertThat(state()).isEqualTo(before.get());
        }));
        return tests;
    }

    private void assertRefused(BadPayload payload, HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String shown = body.length() > 600 ? body.substring(0, 600) + "…" : body;
        assertThat(response.statusCode()).as("%s answered %s", payload, shown).isIn(payload.refusedWith());
        String type = response.headers().firstValue("Content-Type").orElse(null);
        assertThat(type).as("%s answered %s without a Content-Type: %s", payload, response.statusCode(), shown)
                .isNotNull();
        assertThat(MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type)))
                .as("%s answered as %s: %s", payload, type, shown).isTrue();
        assertThat(body).as(payload.name()).doesNotContain(NO_JAVA);
        assertThat(STACK_FRAME.matcher(body).find()).as("%s shows a stack frame: %s", payload, shown).isFalse();
        JsonNode problem = BadInputCorpus.read(body);
        assertThat(problem.path("status").asInt()).as(shown).isEqualTo(response.statusCode());
        assertThat(problem.path("detail").asText()).as(shown).isNotBlank();
    }

    private void assertAccepted(String key, Example example) {
        String method = key.substring(0, key.indexOf(' '));
        String path = BadInputCorpus.path(key.substring(key.indexOf(' ') + 1), example.pathValues());
        BadPayload valid = new BadPayload(key, method, path, BadPayload.JSON, null,
                example.body().getBytes(StandardCharsets.UTF_8), null);
        HttpResponse<byte[]> response = raw.send(example.user(), valid);
        assertThat(response.statusCode()).as("%s: %s", key, new String(response.body(), StandardCharsets.UTF_8))
                .isBetween(200, 299);
    }

    /**
     * The rows of Safar's own tables and of the engine's runtime, listed by H2's information schema,
     * with the delegation the paths name and the caller's language as the API reads them.
     */
    private Map<String, String> state() {
        Map<String, String> state = new TreeMap<>();
        for (String table : jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'", String.class)) {
            if (!table.startsWith("ACT_") || ENGINE_RUNTIME.contains(table)) {
                state.put(table, String.valueOf(jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"",
                        Long.class)));
            }
        }
        assertThat(state).containsKeys(ENGINE_RUNTIME.toArray(String[]::new)).containsKey("DELEGATION");
        state.put("GET /api/delegations/" + fixture.delegationId(),
                api.get("aziza", "/api/delegations/" + fixture.delegationId()).getBody());
        state.put("GET /api/me/language", api.get("aziza", "/api/me/language").getBody());
        return state;
    }
}
