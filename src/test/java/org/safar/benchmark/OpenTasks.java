package org.safar.benchmark;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.safar.identity.SafarGroups;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The open work of a busy agency, written straight into Camunda's runtime tables with batched JDBC,
 * row for row what the engine writes when one of Safar's user tasks is created: the task, its
 * execution (a process instance of Safar's own process definition, the delegation as business key),
 * the delegation's id as a variable, a candidate-group identity link, and the authorizations that
 * the engine's default authorization provider grants the candidate group and the assignee (READ and
 * UPDATE on the task), with the history rows of a running instance beside them.
 *
 * <p>Simplified on purpose: each task's process instance stands on its own (no parent delegation
 * instance, no multi-instance executions). None of Tasklist's queries reads executions.
 */
final class OpenTasks {

    /** READ | UPDATE: what DefaultAuthorizationProvider grants a task's candidate group and its assignee. */
    static final int TASK_READ_UPDATE = 2 | 4;
    static final int TASK_RESOURCE = 7;

    /** The demo users whose Tasklist is measured, and the colleagues they share their groups with. */
    static final Map<String, List<String>> MEMBERS = Map.of(
            SafarGroups.OFFICERS, people("aziza", "officer", 30),
            SafarGroups.HR_VETTING, people("gulnoza", "vetting", 6),
            SafarGroups.DEPT_HEADS, people("bakhtiyor", "dept-head", 12),
            SafarGroups.AGENCY_DIRECTORS, people("otabek", "director", 3),
            SafarGroups.FINANCE, people("madina", "budget", 5),
            SafarGroups.PARTICIPANTS, people("jasur", "participant", 400));

    private static final List<String> EMBASSY = List.of("JP", "JP", "JP", "KR", "KR", "KR", "DE", "DE", "KZ", "MN");
    private static final String EMBASSY_GROUP = "embassy";
    private static final String OFFICER = "officer";
    private static final String MEMBER = "member";

    /**
     * Safar's user tasks and their share (per mille) of an agency's open work. Vetting fans out per member,
     * the debriefing tasks pile up (the action plan's outcome is recorded six months after the return),
     * the embassy's confirmations wait for the embassy's lead time.
     */
    private static final List<Kind> KINDS = List.of(
            new Kind("nomination", "UserTask_NominateMembers", "Nominate members", OFFICER, 35, false),
            new Kind("vetting", "UserTask_ClearMember", "Clear member", SafarGroups.HR_VETTING, 140, true),
            new Kind("vetting", "UserTask_ApproveDelegation", "Approve delegation", SafarGroups.DEPT_HEADS, 60, true),
            new Kind("vetting", "UserTask_ApproveDelegation", "Approve delegation", SafarGroups.AGENCY_DIRECTORS, 20, true),
            new Kind("embassyCoordination", "UserTask_ConfirmHostArrangements", "Confirm host arrangements", EMBASSY_GROUP, 100, true),
            new Kind("embassyCoordination", "UserTask_FollowUpWithEmbassy", "Follow up with the embassy", OFFICER, 20, true),
            new Kind("embassyCoordination", "UserTask_InterveneWithEmbassy", "Intervene with the embassy", SafarGroups.AGENCY_DIRECTORS, 5, true),
            new Kind("embassyCoordination", "UserTask_ReviseForEmbassy", "Revise for the embassy", OFFICER, 10, true),
            new Kind("delegation", "UserTask_InformHostOfCancellation", "Inform the host of the cancellation", EMBASSY_GROUP, 5, true),
            new Kind("funding", "UserTask_ApproveFunding", "Approve funding", SafarGroups.FINANCE, 40, true),
            new Kind("funding", "UserTask_ResolveBudgetShortfall", "Resolve budget shortfall", SafarGroups.FINANCE, 10, true),
            new Kind("travel", "UserTask_RecordTicketAndVisa", "Record ticket and visa", OFFICER, 40, true),
            new Kind("travel", "UserTask_MonthlyCheckIn", "Monthly check-in", MEMBER, 60, true),
            new Kind("debriefing", "UserTask_SubmitTripReport", "Submit trip report", MEMBER, 150, true),
            new Kind("debriefing", "UserTask_TripReportMissing", "Trip report missing", SafarGroups.DEPT_HEADS, 20, true),
            new Kind("debriefing", "UserTask_ReviewTripReport", "Review trip report", SafarGroups.DEPT_HEADS, 80, true),
            new Kind("debriefing", "UserTask_SettleAdvance", "Settle advance", SafarGroups.FINANCE, 30, true),
            new Kind("debriefing", "UserTask_RecordActionPlanOutcome", "Record action plan outcome", SafarGroups.DEPT_HEADS, 175, true));

    /** A quarter of the group tasks has been claimed by a member of the group. */
    private static final double CLAIMED = 0.25;
    /** Members without a Safar account have their check-ins and reports recorded by the officers. */
    private static final double MEMBER_WITHOUT_ACCOUNT = 0.55;
    private static final int BATCH = 2_000;

    private record Kind(String process, String taskKey, String name, String audience, int perMille, boolean due) {
    }

    private final JdbcTemplate jdbc;
    private final Map<String, String> processDefinitionIds;
    private final Random random = new Random(7);
    private final Instant now = Instant.now();

    /** @param processDefinitionIds the deployed definition of each of Safar's processes, by key */
    OpenTasks(JdbcTemplate jdbc, Map<String, String> processDefinitionIds) {
        this.jdbc = jdbc;
        this.processDefinitionIds = processDefinitionIds;
    }

    void insert(int count) {
        Rows rows = new Rows();
        for (int i = 0; i < count; i++) {
            task(rows, i);
            if (rows.tasks.size() == BATCH) {
                rows.flush();
            }
        }
        rows.flush();
    }

    private void task(Rows rows, int index) {
        Kind kind = kind();
        String definitionId = processDefinitionIds.get(kind.process());
        String instance = uuid();
        String task = uuid();
        long delegationId = 1_000_000 + index / 4;
        String group = null;
        String assignee = null;
        switch (kind.audience()) {
            case OFFICER -> assignee = pick(MEMBERS.get(SafarGroups.OFFICERS));
            case MEMBER -> {
                if (random.nextDouble() < MEMBER_WITHOUT_ACCOUNT) {
                    group = SafarGroups.OFFICERS;
                } else {
                    assignee = pick(MEMBERS.get(SafarGroups.PARTICIPANTS));
                }
            }
            case EMBASSY_GROUP -> group = SafarGroups.embassy(pick(EMBASSY));
            default -> group = kind.audience();
        }
        if (group != null && random.nextDouble() < CLAIMED) {
            assignee = pick(MEMBERS.getOrDefault(group, List.of(liaison(group))));
        }
        Instant due = kind.due() ? now.plus(Duration.ofMinutes(random.nextInt(55 * 24 * 60) - 10 * 24 * 60)) : null;
        Instant created = (due == null ? now : due).minus(Duration.ofMinutes(5 * 24 * 60 + random.nextInt(25 * 24 * 60)));
        if (created.isAfter(now)) {
            created = now.minus(Duration.ofMinutes(random.nextInt(24 * 60)));
        }
        Timestamp createTime = Timestamp.from(created);
        Timestamp dueDate = due == null ? null : Timestamp.from(due);

        rows.executions.add(new Object[] {instance, instance, instance, String.valueOf(delegationId), definitionId,
            kind.taskKey(), uuid(), kind.process()});
        rows.variables.add(new Object[] {uuid(), instance, instance, definitionId, delegationId, instance});
        rows.tasks.add(new Object[] {task, instance, instance, definitionId, kind.name(), kind.taskKey(), assignee,
            createTime, dueDate});
        rows.historicInstances.add(new Object[] {instance, instance, String.valueOf(delegationId), kind.process(),
            definitionId, createTime, instance});
        rows.historicTasks.add(new Object[] {task, kind.taskKey(), kind.process(), definitionId, instance, instance,
            instance, kind.name(), assignee, createTime, dueDate});
        if (group != null) {
            rows.links.add(new Object[] {uuid(), group, task});
            rows.historicLinks.add(new Object[] {uuid(), createTime, group, task, instance, definitionId, kind.process()});
            rows.authorizations.add(new Object[] {uuid(), group, null, task});
        }
        if (assignee != null) {
            rows.authorizations.add(new Object[] {uuid(), null, assignee, task});
        }
    }

    private Kind kind() {
        int draw = random.nextInt(1000);
        for (Kind kind : KINDS) {
            draw -= kind.perMille();
            if (draw < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("The shares of the task kinds do not add up to 1000");
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** The liaison at each embassy who claims its tasks: tokyo at the embassy in Japan. */
    private static String liaison(String embassyGroup) {
        return embassyGroup.equals(SafarGroups.embassy("JP")) ? "tokyo" : embassyGroup + "-liaison";
    }

    private static List<String> people(String demoUser, String prefix, int count) {
        List<String> people = new ArrayList<>(List.of(demoUser));
        IntStream.rangeClosed(2, count).forEach(n -> people.add(prefix + "-" + n));
        return List.copyOf(people);
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    /** A batch of rows per table, written together. */
    private final class Rows {
        final List<Object[]> executions = new ArrayList<>();
        final List<Object[]> variables = new ArrayList<>();
        final List<Object[]> tasks = new ArrayList<>();
        final List<Object[]> links = new ArrayList<>();
        final List<Object[]> authorizations = new ArrayList<>();
        final List<Object[]> historicInstances = new ArrayList<>();
        final List<Object[]> historicTasks = new ArrayList<>();
        final List<Object[]> historicLinks = new ArrayList<>();

        void flush() {
            batch("""
                    insert into ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_ID_,
                        ACT_ID_, ACT_INST_ID_, IS_ACTIVE_, IS_CONCURRENT_, IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_,
                        CACHED_ENT_STATE_, SEQUENCE_COUNTER_, PROC_DEF_KEY_)
                    values (?, 1, ?, ?, ?, ?, ?, ?, true, false, true, false, 1, 20, 2, ?)""", executions);
            batch("""
                    insert into ACT_RU_VARIABLE (ID_, REV_, TYPE_, NAME_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_,
                        LONG_, VAR_SCOPE_, SEQUENCE_COUNTER_, IS_CONCURRENT_LOCAL_)
                    values (?, 1, 'long', 'delegationId', ?, ?, ?, ?, ?, 1, false)""", variables);
            batch("""
                    insert into ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, PROC_DEF_ID_, NAME_, TASK_DEF_KEY_,
                        ASSIGNEE_, PRIORITY_, CREATE_TIME_, DUE_DATE_, SUSPENSION_STATE_, TASK_STATE_)
                    values (?, 1, ?, ?, ?, ?, ?, ?, 50, ?, ?, 1, 'Created')""", tasks);
            batch("""
                    insert into ACT_RU_IDENTITYLINK (ID_, REV_, GROUP_ID_, TYPE_, TASK_ID_)
                    values (?, 1, ?, 'candidate', ?)""", links);
            batch("""
                    insert into ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)
                    values (?, 1, 1, ?, ?, %d, ?, %d)""".formatted(TASK_RESOURCE, TASK_READ_UPDATE), authorizations);
            batch("""
                    insert into ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,
                        START_ACT_ID_, ROOT_PROC_INST_ID_, STATE_)
                    values (?, ?, ?, ?, ?, ?, 'StartEvent', ?, 'ACTIVE')""", historicInstances);
            batch("""
                    insert into ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_,
                        PROC_INST_ID_, EXECUTION_ID_, NAME_, ASSIGNEE_, START_TIME_, PRIORITY_, DUE_DATE_, TASK_STATE_)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 50, ?, 'Created')""", historicTasks);
            batch("""
                    insert into ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, GROUP_ID_, TASK_ID_, ROOT_PROC_INST_ID_,
                        PROC_DEF_ID_, OPERATION_TYPE_, PROC_DEF_KEY_)
                    values (?, ?, 'candidate', ?, ?, ?, ?, 'add', ?)""", historicLinks);
        }

        private void batch(String sql, List<Object[]> rows) {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate(sql, rows);
                rows.clear();
            }
        }
    }
}
