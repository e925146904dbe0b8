package org.safar.operations;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.safar.BusinessKeys;
import org.safar.CapturedLog;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * What an operator and a load balancer see of a node: health open to all, its details, the metrics
 * and the engine's own counters only to administrators, and the delegation in the log lines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Spring's tests leave metrics export off unless asked; Prometheus is what is tested here.
@AutoConfigureObservability(tracing = false)
class OperationsTest {

    @Autowired
    IdentityService identity;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    private SafarApi api() {
        return new SafarApi(rest, new DelegationJobs(runtime, management));
    }

    @Test
    void anyoneSeesWhetherTheNodeIsUpAndReadyButOnlyAnAdministratorSeesWhy() {
        SafarApi api = api();
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            ResponseEntity<String> answer = api.get(null, probe);
            assertThat(answer.getStatusCode()).as(probe).isEqualTo(HttpStatus.OK);
            assertThat(api.read(answer).get("status").asText()).as(probe).isEqualTo("UP");
            assertThat(api.read(answer).has("components")).as("components of %s shown to anyone", probe).isFalse();
        }

        JsonNode health = api.ok(api.get("admin", "/actuator/health"));
        assertThat(health.get("components").get("db").get("status").asText()).isEqualTo("UP");
        assertThat(health.get("components").get("processEngine").get("status").asText()).isEqualTo("UP");
        JsonNode readiness = api.ok(api.get("admin", "/actuator/health/readiness"));
        assertThat(readiness.get("components").fieldNames()).toIterable().contains("db", "processEngine",
                "readinessState");
    }

    @Test
    void metricsWithTheEnginesOwnCountersAreForAdministratorsOnly() {
        SafarApi api = api();
        ResponseEntity<String> anonymous = api.get(null, "/actuator/prometheus");
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType()).hasToString("application/problem+json;charset=UTF-8");
        assertThat(anonymous.getBody()).contains("\"detail\":\"Log in with HTTP Basic as a Safar administrator\"");
        assertThat(api.get("aziza", "/actuator/prometheus").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.get("aziza", "/actuator/metrics").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        long germany = api.programmeId("Study trip: citizen service centres in Germany");
        api.ok(api.post("aziza", "/api/delegations", """
                {"title": "Counted by the engine", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(germany, api.staffIds("Jasur Tursunov"))));

        ResponseEntity<String> scrape = api.get("admin", "/actuator/prometheus");
        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scrape.getBody())
                .containsPattern("camunda_root_process_instance_start_total\\{[^}]*application=\"safar\"[^}]*} [1-9]")
                .containsPattern("camunda_activity_instance_start_total\\{[^}]*} [1-9]")
                .contains("camunda_jobs_due{", "camunda_incidents_open{", "jvm_memory_used_bytes{");
    }

    @Test
    void logLinesOfWhatTheEngineRunsForADelegationCarryItsId() {
        SafarApi api = api();
        long germany = api.programmeId("Study trip: citizen service centres in Germany");
        long id = api.ok(api.post("aziza", "/api/delegations", """
                {"title": "Logged by the engine", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(germany, api.staffIds("Malika Yusupova")))).get("id").asLong();
        String clearance = api.onlyTask("gulnoza", id, "Clear ").get("id").asText();

        // The officer who nominated the delegation, in vetting for a moment, may not clear it: the task's
        // listener refuses, and the engine logs why — a refusal, so at DEBUG (RefusalLoggingPlugin), which
        // is captured here. (A refusal without its reason no longer reaches a listener: the form refuses
        // it first.)
        identity.createMembership("aziza", "hr-vetting");
        try (CapturedLog log = CapturedLog.of(Level.DEBUG, CapturedLog.ENGINE_COMMANDS)) {
            api.submit("aziza", clearance, Map.of("clearance", "CLEARED"));
            assertThat(log.events()).anySatisfy(event -> {
                // The refusal is worded in aziza's language; it names her and the delegation's reference.
                assertThat(event.getFormattedMessage()).contains("ENGINE-", "aziza", BusinessKeys.of(id));
                assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
                assertThat(event.getMDCPropertyMap()).containsEntry("delegation", BusinessKeys.of(id));
            });
        } finally {
            identity.deleteMembership("aziza", "hr-vetting");
        }
    }
}
