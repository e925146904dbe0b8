package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.safar.BusinessKeys;
import org.safar.SafarApi;

/**
 * The world the engine-surface matrix calls into: for each role a delegation with a task that role
 * may work, and a Japanese delegation waiting for its embassy (a Korean one for the liaison in Tokyo)
 * with an open task and timer jobs that it may not; plus the other things the engine REST API names in
 * its paths (comments, an attachment, an incident, a filter nobody else reads, a batch, a tenant), so
 * that every path is filled with an id that exists.
 */
final class EngineSurfaceFixture {

    /** The demo user of each role the matrix runs, with what they do. */
    static final Map<String, String> ROLES = roles();

    /** A variable name no form has, to write and remove. */
    static final String PROBE_VARIABLE = "matrixProbe";
    static final String TENANT = "matrixTenant";
    /** The kind of id Safar never has (no external tasks): a placeholder that a refusal does not look up. */
    static final String NO_SUCH_ID = "no-such-id";

    /**
     * The ids one role's paths are filled with: those of what the role may work ("their delegation"), or
     * of what it may not ("another delegation"). The flags say what an allowed endpoint may do with them.
     * Their side also holds the process everyone would start, the lifecycle ({@code delegation}), which
     * only officers may; the user, group, filter and authorization are the caller's own on their side and
     * an administrator's on the other.
     */
    record Scope(String name, Map<String, String> ids, boolean taskOfTheirs, boolean groupTaskOfTheirs,
            boolean filterTheyRead, boolean theirOwnUser, boolean processTheyStart) {
    }

    private final SafarApi api;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;
    private final HistoryService history;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;

    long japan;
    long korea;
    private final Map<String, Long> theirs = new HashMap<>();
    private final Map<String, Scope> own = new HashMap<>();
    private final Map<String, Scope> others = new HashMap<>();
    private final Map<String, String> commentOfTask = new HashMap<>();
    private final Map<String, String> attachmentOfTask = new HashMap<>();
    private final Map<String, String> commentOfInstance = new HashMap<>();
    private final Map<Long, String> incidentOfDelegation = new HashMap<>();
    private String privateFilter;
    private String myTasksFilter;
    private String batch;

    EngineSurfaceFixture(SafarApi api, RuntimeService runtime, TaskService tasks, ManagementService management,
            RepositoryService repository, HistoryService history, IdentityService identity,
            AuthorizationService authorizations, FilterService filters) {
        this.api = api;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.repository = repository;
        this.history = history;
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
    }

    private static Map<String, String> roles() {
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("aziza", "officer");
        roles.put("gulnoza", "vetting");
        roles.put("bakhtiyor", "department head");
        roles.put("otabek", "agency director");
        roles.put("madina", "finance");
        roles.put("tokyo", "liaison in Japan");
        roles.put("seoul", "liaison in Korea");
        roles.put("jasur", "participant");
        return roles;
    }

    /** Opens and moves the delegations through the REST API as their users would, then adds the rest. */
    void build() {
        japan = ApprovedDelegations.japaneseInternship(api);
        theirs.put("tokyo", japan);

        // Dated from today, as the demo programmes are, so that the members' passports are valid long enough.
        LocalDate start = LocalDate.now().plusDays(50);
        api.ok(api.post("aziza", "/api/programmes", """
                {"title": "Study visit: HR analytics at KIPA", "kind": "STUDY_TRIP", "hostCountry": "KR",
                 "hostInstitution": "Korea Institute of Public Administration", "startDate": "%s",
                 "endDate": "%s", "seats": 5, "fundingSource": "OWN_BUDGET", "airfareEstimateUsd": 800}"""
                .formatted(start, start.plusDays(4))));
        korea = ApprovedDelegations.waitingForTheEmbassy(api, "Study visit: HR analytics at KIPA",
                "HR analytics study visit to Seoul", "Javlon Rakhmonov", "Munisa Olimova");
        theirs.put("seoul", korea);

        long vetting = open("Study trip: citizen service centres in Germany", "PSC leads to Berlin",
                "Malika Yusupova", "Sherzod Mahmudov");
        theirs.put("gulnoza", vetting);

        // The peer-learning exchange asks for Russian B1 of each member.
        long firstApproval = open("Peer-learning exchange", "Municipal services exchange", "Mohira Salimova",
                "Sevara Qodirova");
        clear(firstApproval);
        theirs.put("bakhtiyor", firstApproval);

        // A member of senior grade: an agency director approves after the department head.
        long secondApproval = open("Peer-learning exchange", "Civil registry exchange", "Nodira Saidova",
                "Eldor Fayziev");
        clear(secondApproval);
        approve("bakhtiyor", secondApproval);
        theirs.put("otabek", secondApproval);

        // Alisher's passport has expired: the officer is asked to revise the nomination.
        long nomination = open("Peer-learning exchange", "Archive services exchange", "Alisher Nurmatov",
                "Oybek Sobirov");
        theirs.put("aziza", nomination);

        long astana = ApprovedDelegations.astanaConference(api);
        api.ok(api.post("astana", "/api/delegations/" + astana + "/embassy-confirmation", """
                {"reference": "HUB-2031-007", "hostContact": "Ms Abenova, hub secretariat", "venue": "Astana",
                 "agenda": "Three days on digital innovation in HR", "accommodation": "Hotel near the hub",
                 "airportPickup": true, "visaSupportLetterIssued": true}"""));
        theirs.put("madina", astana);
        // Jasur's trip report: debriefing started as the lifecycle starts it after the return, so that a
        // participant has a task of their own without the clock moving through travel.
        runtime.startProcessInstanceByKey("debriefing", BusinessKeys.of(astana),
                Map.of("delegationId", astana, "nominatedBy", "aziza"));
        theirs.put("jasur", astana);

        for (long delegation : List.of(japan, korea, vetting, firstApproval, secondApproval, nomination, astana)) {
            for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(BusinessKeys.of(delegation)).list()) {
                commentOfTask.put(task.getId(), tasks.createComment(task.getId(), task.getProcessInstanceId(),
                        "Called the host institution about the dates.").getId());
                attachmentOfTask.put(task.getId(), tasks.createAttachment("url", task.getId(),
                        task.getProcessInstanceId(), "Invitation letter", "The host's invitation",
                        "https://example.org/invitation.pdf").getId());
                commentOfInstance.computeIfAbsent(task.getProcessInstanceId(), instance -> tasks.createComment(null,
                        instance, "Delegation discussed at the weekly meeting.").getId());
            }
            // An incident on the execution of one of its tasks (an incident needs an activity).
            String execution = tasks.createTaskQuery().processInstanceBusinessKey(BusinessKeys.of(delegation))
                    .orderByTaskName().asc().list().get(0).getExecutionId();
            incidentOfDelegation.put(delegation, runtime.createIncident("matrixProbe", execution, "probe",
                    "An incident of the delegation, for the surface matrix").getId());
        }

        identity.saveTenant(identity.newTenant(TENANT));
        myTasksFilter = filters.createFilterQuery().filterName("My tasks").singleResult().getId();
        // A filter only administrators read: created without an authenticated user, it gets no authorization.
        privateFilter = filters.saveFilter(filters.newTaskFilter("Administrators' overview")
                .setQuery(tasks.createTaskQuery())).getId();
        // A batch (suspended, so nothing runs it) that sets the retries of a Japanese timer.
        Batch retries = management.setJobRetriesAsync(List.of(timer(japan).getId()), 3);
        management.suspendBatchById(retries.getId());
        batch = retries.getId();

        for (String role : ROLES.keySet()) {
            long foreign = "tokyo".equals(role) ? korea : japan;
            Scope another = scope(role, "another delegation", foreign, embassyTask(foreign), false, Map.of());
            Scope their = scope(role, "their delegation", theirs.get(role), taskOf(role, theirs.get(role)), true,
                    another.ids());
            own.put(role, their);
            others.put(role, another);
        }
    }

    Scope own(String role) {
        return own.get(role);
    }

    Scope another(String role) {
        return others.get(role);
    }

    String embassyTask(long delegation) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(BusinessKeys.of(delegation)).list();
        assertThat(open).as("open tasks of delegation %d: %s", delegation, api.delegation("aziza", delegation))
                .extracting(Task::getName).anyMatch(name -> name.startsWith("Confirm host arrangements"));
        return open.stream().filter(task -> task.getName().startsWith("Confirm host arrangements")).findFirst()
                .orElseThrow().getId();
    }

    Job timer(long delegation) {
        for (ProcessInstance instance : instances(delegation)) {
            List<Job> timers = management.createJobQuery().processInstanceId(instance.getId()).timers()
                    .orderByJobDuedate().asc().list();
            if (!timers.isEmpty()) {
                return timers.get(0);
            }
        }
        return null;
    }

    ProcessInstance root(long delegation) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(BusinessKeys.of(delegation))
                .processDefinitionKey("delegation").singleResult();
    }

    private List<ProcessInstance> instances(long delegation) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(BusinessKeys.of(delegation))
                .orderByProcessInstanceId().asc().list();
    }

    private long open(String programme, String title, String... members) {
        return api.ok(api.post("aziza", "/api/delegations", """
                {"title": "%s", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(title, api.programmeId(programme), api.staffIds(members)))).get("id").asLong();
    }

    private void clear(long delegation) {
        for (JsonNode clearance : api.tasks("gulnoza", delegation, "Clear ")) {
            api.submitOk("gulnoza", clearance.get("id").asText(), Map.of("clearance", "CLEARED"));
        }
    }

    private void approve(String approver, long delegation) {
        api.submitOk(approver, api.onlyTask(approver, delegation, "Approve delegation").get("id").asText(),
                Map.of("approval", "APPROVE"));
    }

    /** The task of the delegation that the role works: assigned to them, or offered to their group. */
    private String taskOf(String role, long delegation) {
        List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(BusinessKeys.of(delegation))
                .or().taskAssignee(role).taskCandidateUser(role).endOr().orderByTaskName().asc().list();
        assertThat(found).as("a task of delegation %d for %s", delegation, role).isNotEmpty();
        return found.get(0).getId();
    }

    private Scope scope(String role, String name, long delegation, String taskId, boolean theirs,
            Map<String, String> fallback) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        Map<String, String> ids = new HashMap<>(fallback);
        ids.put("task", task.getId());
        ids.put("task-comment", commentOfTask.get(task.getId()));
        ids.put("attachment", attachmentOfTask.get(task.getId()));
        ids.put("process-instance", task.getProcessInstanceId());
        ids.put("history/process-instance", task.getProcessInstanceId());
        ids.put("process-instance-comment", commentOfInstance.get(task.getProcessInstanceId()));
        ids.put("var", PROBE_VARIABLE);
        ids.put("incident", incidentOfDelegation.get(delegation));

        ids.put("execution", task.getExecutionId());
        // The lifecycle's own execution waits for the cancellation message: a message subscription to trigger.
        ProcessInstance root = root(delegation);
        EventSubscription cancellation = runtime.createEventSubscriptionQuery().processInstanceId(root.getId())
                .eventType("message").eventName("Msg_DelegationCancelled").singleResult();
        ids.put("execution-subscribed", cancellation.getExecutionId());
        ids.put("message", cancellation.getEventName());

        Job timer = timer(delegation);
        if (timer != null) {
            ids.put("job", timer.getId());
            ids.put("job-definition", timer.getJobDefinitionId());
        }

        // On their side, the lifecycle that officers start; on the other, the stage of the other's task.
        ProcessDefinition definition = theirs
                ? repository.createProcessDefinitionQuery().processDefinitionKey("delegation").latestVersion().singleResult()
                : repository.getProcessDefinition(task.getProcessDefinitionId());
        ids.put("process-definition", definition.getId());
        ids.put("process-definition-key", definition.getKey());
        ids.put("deployment", definition.getDeploymentId());
        ids.put("tenant-id", TENANT);
        var decision = repository.createDecisionDefinitionQuery().decisionDefinitionKey("eligibility").latestVersion()
                .singleResult();
        ids.put("decision-definition", decision.getId());
        ids.put("decision-definition-key", decision.getKey());

        String group = identity.createGroupQuery().groupMember(role).orderByGroupId().asc().list().get(0).getId();
        ids.put("filter", theirs ? myTasksFilter : privateFilter);
        ids.put("user", theirs ? role : "admin");
        ids.put("group", theirs ? group : SafarGroups.ADMINS);
        ids.put("member-user", role);
        ids.put("member-group", group);
        ids.put("tenant", TENANT);
        ids.put("authorization", authorizations.createAuthorizationQuery()
                .groupIdIn(theirs ? group : SafarGroups.ADMINS).resourceType(Resources.APPLICATION).list().get(0).getId());
        ids.put("batch", batch);
        ids.put("history/batch", batch);
        ids.put("history/variable-instance", history.createHistoricVariableInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).variableName("delegationId").list().get(0).getId());
        List<UserOperationLogEntry> operations = new ArrayList<>();
        for (ProcessInstance instance : instances(delegation)) {
            operations.addAll(history.createUserOperationLogQuery().processInstanceId(instance.getId()).list());
        }
        if (!operations.isEmpty()) {
            ids.put("history/user-operation", operations.get(0).getOperationId());
        }
        boolean startsIt = theirs && authorizations.isUserAuthorized(role, List.of(group),
                org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION,
                definition.getKey());
        // A task made out to the caller alone (Jasur's trip report, Aziza's nomination) keeps its assignee.
        boolean offeredToAGroup = tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null);
        return new Scope(name, Map.copyOf(ids), theirs, theirs && offeredToAGroup, theirs, theirs, startsIt);
    }
}
