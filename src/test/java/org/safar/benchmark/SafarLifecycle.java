package org.safar.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.safar.SafarApplication;
import org.safar.delegation.DelegationService;
import org.safar.delegation.NewDelegation;
import org.safar.delegation.Stage;
import org.safar.funding.BenchmarkBudget;
import org.safar.programme.LanguageLevel;
import org.safar.programme.Programme;
import org.safar.programme.ProgrammeRepository;
import org.safar.staff.Grade;
import org.safar.staff.NewStaffMember;
import org.safar.staff.StaffService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Safar in a Spring context of its own, its delegations opened through DelegationService as the
 * domain API opens them and worked through the engine's services the way Tasklist works them. The
 * programmes are the seeds' Japan, Korea and Germany ones, in turn; each delegation gets members of
 * its own in the staff registry, so that no nominee is ever on two overlapping trips.
 */
final class SafarLifecycle implements LifecycleRun.Lifecycle, AutoCloseable {

    private static final String OFFICER = "aziza";

    /** Programme title, group size: a short course of 10 with one senior member, as in the seeds. */
    private static final List<Map.Entry<String, Integer>> PROGRAMMES = List.of(
            Map.entry("Advanced training in public administration", 10),
            Map.entry("KOICA/KIPA programme", 10),
            Map.entry("Study trip: citizen service centres in Germany", 4));

    private final ConfigurableApplicationContext context;
    private final ProcessEngine engine;
    private final DelegationService delegations;
    private final StaffService staff;
    private final List<Programme> programmes;
    private final EngineWork work;
    private final List<String> officerGroups;
    private final AtomicInteger opened = new AtomicInteger();

    private SafarLifecycle(ConfigurableApplicationContext context) {
        this.context = context;
        this.engine = context.getBean(ProcessEngine.class);
        this.delegations = context.getBean(DelegationService.class);
        this.staff = context.getBean(StaffService.class);
        List<Programme> all = context.getBean(ProgrammeRepository.class).findAll();
        this.programmes = PROGRAMMES.stream().map(p -> all.stream().filter(x -> x.getTitle().startsWith(p.getKey()))
                .findFirst().orElseThrow(() -> new IllegalStateException("No demo programme " + p.getKey()))).toList();
        this.work = new EngineWork(engine, SafarLifecycle::formData);
        this.officerGroups = engine.getIdentityService().createGroupQuery().groupMember(OFFICER).list().stream()
                .map(Group::getId).toList();
    }

    /** Safar with the given profiles and properties (the database), the job executor off, demo data on. */
    static SafarLifecycle start(String[] profiles, Map<String, Object> properties) {
        Map<String, Object> settings = new HashMap<>(properties);
        settings.put("camunda.bpm.job-execution.enabled", false);
        settings.put("server.port", 0);
        // As arguments, so that they win over the profiles' files, as they would on the command line.
        String[] arguments = settings.entrySet().stream().map(s -> "--" + s.getKey() + "=" + s.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SafarApplication.class)
                .profiles(profiles).run(arguments);
        SafarLifecycle safar = new SafarLifecycle(context);
        safar.openBudgetLines();
        return safar;
    }

    @Override
    public String system() {
        return "Safar";
    }

    @Override
    public ProcessEngine engine() {
        return engine;
    }

    @Override
    public EngineWork work() {
        return work;
    }

    LocalDate latestReturn() {
        return programmes.stream().map(Programme::getEndDate).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** The host countries of the programmes, in the order the delegations take them. */
    List<String> hostCountries() {
        return programmes.stream().map(Programme::getHostCountry).toList();
    }

    @Override
    public LifecycleRun.Instance prepare() {
        int number = opened.getAndIncrement();
        int which = number % PROGRAMMES.size();
        Programme programme = programmes.get(which);
        List<Long> members = new ArrayList<>();
        for (int seat = 0; seat < PROGRAMMES.get(which).getValue(); seat++) {
            members.add(staff.create(nominee(number, seat, programme)).id());
        }
        return new Delegation(new NewDelegation("Benchmark delegation " + number + " to " + programme.getHostCountry(),
                programme.getId(), members));
    }

    @Override
    public void close() {
        context.close();
    }

    /** Own-budget lines for every year a programme starts in, so that funding always has enough. */
    private void openBudgetLines() {
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication("madina", List.of("finance"));
        try {
            BenchmarkBudget budget = context.getBean(BenchmarkBudget.class);
            programmes.stream().map(p -> p.getStartDate().getYear()).distinct()
                    .forEach(year -> budget.open(year, new BigDecimal("1000000000")));
        } finally {
            identity.clearAuthentication();
        }
    }

    private static NewStaffMember nominee(int delegation, int seat, Programme programme) {
        LocalDate today = LocalDate.now();
        return new NewStaffMember("Nominee " + delegation + "-" + seat, "Chief specialist, civil-service HR",
                seat == 0 ? Grade.SENIOR : Grade.MIDDLE, "Agency for the Development of Public Service", "Tashkent",
                "FB%07d".formatted(delegation * 20 + seat), today.plusYears(5), today.minusYears(8), false, null,
                List.of(new NewStaffMember.Language("en", LanguageLevel.C1),
                        new NewStaffMember.Language("ru", LanguageLevel.C1)),
                List.of());
    }

    /** What the person types into each form, after the seeds' Japan, Korea and Germany stories. */
    private static Map<String, Object> formData(Task task) {
        return switch (task.getTaskDefinitionKey()) {
            case "UserTask_ClearMember" -> Map.of("clearance", "CLEARED");
            case "UserTask_ApproveDelegation" -> Map.of("approval", "APPROVE");
            case "UserTask_ConfirmHostArrangements" -> Map.of("answer", "CONFIRMED",
                    "hostContact", "Ms Sato Yuki, JICA Tokyo Centre, +81 3 3485 7051",
                    "venue", "JICA Tokyo Centre, Hatagaya, Shibuya-ku",
                    "agenda", "Personnel policy, civil-service ethics, visits to two ministries",
                    "accommodation", "JICA Tokyo Centre residence", "airportPickup", "true",
                    "visaSupportLetterIssued", "true");
            case "UserTask_ApproveFunding" -> Map.of("fundingDecision", "APPROVE");
            case "UserTask_RecordTicketAndVisa" -> Map.of("flight", "HY 527 Tashkent–Tokyo",
                    "ticketNumber", "250-4610000" + Math.abs(task.getId().hashCode() % 1000),
                    "visa", "ISSUED", "visaNumber", "V-" + Math.abs(task.getId().hashCode() % 100000));
            case "UserTask_SubmitTripReport" -> Map.of(
                    "learned", "How the National Personnel Authority runs merit-based promotion.",
                    "practice1Title", "Open competition for middle management",
                    "practice1Description", "Posts above grade 5 are filled by open, written competition.",
                    "practice1WhereItApplies", "Agency HR policy",
                    "actionPlan", "Propose a pilot competition for heads of department.");
            case "UserTask_ReviewTripReport" -> Map.of("reviewDecision", "ACCEPT");
            case "UserTask_SettleAdvance" -> Map.of("actualExpensesUsd", 3000);
            case "UserTask_RecordActionPlanOutcome" -> Map.of("actionPlanOutcome", "CARRIED_OUT_PARTLY",
                    "outcomeComment", "Pilot competition held in one department.");
            default -> throw new IllegalStateException("The benchmark does not expect the task "
                    + task.getTaskDefinitionKey() + " (" + task.getName() + ") on the happy path");
        };
    }

    /** One delegation, opened by the officer as the domain API opens it. */
    private final class Delegation implements LifecycleRun.Instance {

        private final NewDelegation request;
        private Long id;
        private String reference;
        private String root;

        Delegation(NewDelegation request) {
            this.request = request;
        }

        @Override
        public void advance(int phase) {
            if (phase == 0) {
                open();
            } else {
                work.runDueJobs(root);
            }
            work.workOpenTasks(reference, root);
        }

        private void open() {
            IdentityService identity = engine.getIdentityService();
            identity.setAuthentication(OFFICER, officerGroups);
            try {
                org.safar.delegation.Delegation opened = delegations.open(request, OFFICER);
                id = opened.getId();
                reference = opened.getReference();
            } finally {
                identity.clearAuthentication();
            }
            root = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("delegation")
                    .processInstanceBusinessKey(reference).singleResult().getId();
        }

        @Override
        public void assertFinished() {
            Stage stage = delegations.get(id).getStage();
            if (stage != Stage.COMPLETED) {
                throw new IllegalStateException("Delegation " + id + " ended in " + stage + ", not COMPLETED");
            }
        }
    }
}
