package org.safar.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.engine.EngineInternal.abstractMethods;
import static org.safar.engine.EngineInternal.constructor;
import static org.safar.engine.EngineInternal.field;
import static org.safar.engine.EngineInternal.holds;
import static org.safar.engine.EngineInternal.method;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.ibatis.session.SqlSession;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.HistoricIdentityLinkLogQueryImpl;
import org.camunda.bpm.engine.impl.HistoricTaskInstanceQueryImpl;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.UserOperationLogQueryImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterListPageCmd;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetIdentityLinksForTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractGetDeployedFormCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.impl.persistence.entity.FilterManager;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.safar.BusinessKeys;
import org.safar.SafarApi;
import org.safar.identity.StoredPasswords;
import org.safar.identity.TasklistSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every piece of {@code org.safar.engine} relies on in Camunda's internals, checked against the
 * Camunda on the class path, so that an upgrade (or a move to Operaton) fails here, by the piece's name and
 * the internal's, rather than somewhere in Tasklist: the fields read by reflection, the methods overridden
 * or called and the constructors used, with the signatures of 7.24; what the running engine must still hold
 * of each plugin; the JSON each Tasklist endpoint answers that the localization reads; and the webjar's own
 * files that Safar replaces (its {@code config.js} and {@code user-styles.css}), against 7.24.0's, kept
 * under {@code src/test/resources/engine/webjar-7.24.0/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UpgradeContractTest {

    private static final String ENGINE_API = TasklistSession.ENGINE_API;
    private static final String WEBJAR = "META-INF/resources/webjars/camunda/";
    private static final String ORIGINALS = "engine/webjar-7.24.0/";
    private static final Path SAFARS_WEBJAR_FILES = Path.of("src/main/resources/" + WEBJAR);

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessEngine engine;

    @Autowired
    StoredPasswords storedPasswords;

    private final ObjectMapper json = new ObjectMapper();

    /** A piece of org.safar.engine and the internals it relies on; its note at the top says what breaks. */
    private record Piece(Class<?> piece, List<EngineInternal> internals) {

        void check() {
            List<String> broken = internals.stream().filter(internal -> internal.problem() != null)
                    .map(internal -> internal + ": " + internal.problem()).toList();
            assertThat(broken).as("%s relies on Camunda internals that changed (see the note at the top of %s)",
                    piece.getSimpleName(), piece.getName()).isEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachPieceFindsTheInternalsItReliesOn() {
        return pieces().stream().map(piece -> DynamicTest.dynamicTest(piece.piece().getSimpleName(), piece::check));
    }

    @Test
    void everyPieceOfTheEnginePackageIsChecked() throws IOException {
        Set<String> checked = pieces().stream().map(piece -> piece.piece().getSimpleName()).collect(Collectors.toSet());
        checked.addAll(Set.of("TasklistLocalizationFilter", "EngineWebFilters", "EngineFields", "EngineSurfaceRefusal"));
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/safar/engine"))) {
            assertThat(sources.map(path -> path.getFileName().toString()).filter(name -> !name.equals("package-info.java"))
                    .map(name -> name.replace(".java", ""))).as("classes of org.safar.engine without a contract here")
                    .allMatch(checked::contains);
        }
    }

    private List<Piece> pieces() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return List.of(
                new Piece(DelegationTasksPlugin.class, List.of(
                        method(ProcessEngineConfigurationImpl.class, List.class, "getCustomPostBPMNParseListeners"),
                        method(AbstractBpmnParseListener.class, void.class, "parseUserTask",
                                Element.class, ScopeImpl.class, ActivityImpl.class),
                        method(UserTaskActivityBehavior.class, TaskDefinition.class, "getTaskDefinition"),
                        method(TaskDefinition.class, void.class, "addBuiltInTaskListener", String.class, TaskListener.class))),
                new Piece(SubmittedOnTaskPlugin.class, List.of(
                        method(AbstractBpmnParseListener.class, void.class, "parseUserTask",
                                Element.class, ScopeImpl.class, ActivityImpl.class),
                        method(AbstractBpmnParseListener.class, void.class, "parseProcess",
                                Element.class, ProcessDefinitionEntity.class),
                        method(TaskDefinition.class, TaskFormHandler.class, "getTaskFormHandler"),
                        method(TaskDefinition.class, void.class, "setTaskFormHandler", TaskFormHandler.class),
                        method(ProcessDefinitionEntity.class, StartFormHandler.class, "getStartFormHandler"),
                        method(ProcessDefinitionEntity.class, void.class, "setStartFormHandler", StartFormHandler.class),
                        abstractMethods(TaskFormHandler.class, "submitFormVariables", "createTaskForm", "parseConfiguration"),
                        abstractMethods(StartFormHandler.class, "submitFormVariables", "createStartFormData",
                                "parseConfiguration"),
                        method(TaskFormHandler.class, void.class, "submitFormVariables", VariableMap.class, VariableScope.class),
                        constructor(FormFieldValidationException.class, Object.class, String.class))),
                new Piece(FormContextPlugin.class, List.of(
                        method(ProcessEngineConfigurationImpl.class, null, "setFormService", FormService.class),
                        method(FormServiceImpl.class, VariableMap.class, "getTaskFormVariables",
                                String.class, Collection.class, boolean.class),
                        field(ServiceImpl.class, "commandExecutor", CommandExecutor.class),
                        constructor(GetTaskFormVariablesCmd.class, String.class, Collection.class, boolean.class),
                        field(AbstractGetFormVariablesCmd.class, "resourceId", String.class),
                        field(AbstractGetFormVariablesCmd.class, "formVariableNames", Collection.class),
                        field(AbstractGetFormVariablesCmd.class, "deserializeObjectValues", boolean.class),
                        method(TaskEntity.class, TaskDefinition.class, "getTaskDefinition"),
                        method(TaskDefinition.class, Expression.class, "getCamundaFormDefinitionKey"),
                        method(FormServiceImpl.class, InputStream.class, "getDeployedStartForm", String.class),
                        constructor(GetDeployedStartFormCmd.class, String.class),
                        method(AbstractGetDeployedFormCmd.class, InputStream.class, "getResourceForCamundaFormRef",
                                CamundaFormRef.class, String.class),
                        field(AbstractGetDeployedFormCmd.class, "commandContext", CommandContext.class),
                        holds("the engine's form service is still the plugin's",
                                () -> configuration.getFormService().getClass().getEnclosingClass() == FormContextPlugin.class))),
                new Piece(DeployedForms.class, List.of(
                        constructor(GetCamundaFormDefinitionCmd.class, CamundaFormRef.class, String.class),
                        method(CommandContext.class, Object.class, "runWithoutAuthorization", Command.class),
                        method(CommandContext.class, ResourceManager.class, "getResourceManager"),
                        method(ResourceManager.class, ResourceEntity.class, "findResourceByDeploymentIdAndResourceName",
                                String.class, String.class),
                        method(ResourceEntity.class, byte[].class, "getBytes"))),
                new Piece(EngineSurfacePlugin.class, List.of(
                        method(ProcessEngineConfigurationImpl.class, List.class, "getCustomPreCommandInterceptorsTxRequired"),
                        field(GetTaskFormCmd.class, "taskId", String.class),
                        field(GetDeployedTaskFormCmd.class, "taskId", String.class),
                        field(AbstractGetFormVariablesCmd.class, "resourceId", String.class),
                        field(GetIdentityLinksForTaskCmd.class, "taskId", String.class),
                        field(ClaimTaskCmd.class, "taskId", String.class),
                        field(ClaimTaskCmd.class, "userId", String.class),
                        field(AbstractSetTaskPropertyCmd.class, "taskId", String.class),
                        field(SubmitTaskFormCmd.class, "taskId", String.class),
                        field(GetTaskCommentsCmd.class, "taskId", String.class),
                        field(GetTaskCommentCmd.class, "taskId", String.class),
                        field(UserOperationLogQueryImpl.class, "taskId", String.class),
                        field(AddCommentCmd.class, "taskId", String.class),
                        field(AddCommentCmd.class, "processInstanceId", String.class),
                        field(SubmitStartFormCmd.class, "businessKey", String.class),
                        field(SaveUserCmd.class, "user", User.class),
                        field(CheckPassword.class, "userId", String.class),
                        method(HistoricTaskInstanceQueryImpl.class, String.class, "getTaskId"),
                        method(HistoricIdentityLinkLogQueryImpl.class, String.class, "getTaskId"),
                        method(CommandContext.class, TaskManager.class, "getTaskManager"),
                        method(TaskManager.class, TaskEntity.class, "findTaskById", String.class),
                        method(ProcessEngineConfigurationImpl.class, List.class, "getCommandCheckers"),
                        method(CommandChecker.class, void.class, "checkReadTask", TaskEntity.class),
                        method(CommandContext.class, void.class, "disableAuthorizationCheck"),
                        method(CommandContext.class, void.class, "enableAuthorizationCheck"),
                        holds("the list loads, reading the fields above", () -> !EngineSurfacePlugin.ALLOWED.isEmpty()))),
                new Piece(TaskNamesKept.class, List.of(
                        holds("Tasklist saves a task's dates by sending the whole task it shows back (cam-tasklist-task-meta)",
                                () -> String.valueOf(text(webjarsOwn("app/tasklist/camunda-tasklist-bootstrap.js")))
                                        .contains("delete e._embedded,delete e._links,e.due=o(e.due),e.followUp=o(e.followUp),l.update(e,")))),
                new Piece(TaskQueryGuardPlugin.class, List.of(
                        method(ProcessEngineConfigurationImpl.class, List.class, "getCustomPostCommandInterceptorsTxRequired"),
                        field(SaveFilterCmd.class, "filter", Filter.class),
                        field(AbstractExecuteFilterCmd.class, "filterId", String.class),
                        field(AbstractExecuteFilterCmd.class, "extendingQuery", Query.class),
                        method(CommandContext.class, FilterManager.class, "getFilterManager"),
                        method(FilterManager.class, FilterEntity.class, "findFilterById", String.class))),
                new Piece(TaskQueryExpressions.class, List.of(
                        method(TaskQueryImpl.class, List.class, "getQueries"),
                        method(TaskQueryImpl.class, Map.class, "getExpressions"))),
                new Piece(UserGroupsAuthorizationPlugin.class, List.of(
                        method(ProcessEngineConfigurationImpl.class, List.class, "getCustomSessionFactories"),
                        abstractMethods(SessionFactory.class, "getSessionType", "openSession"),
                        method(AuthorizationManager.class, List.class, "filterAuthenticatedGroupIds", List.class),
                        holds("the engine opens the plugin's AuthorizationManager", () -> configuration.getSessionFactories()
                                .get(AuthorizationManager.class).openSession()
                                instanceof UserGroupsAuthorizationPlugin.UserGroupsAuthorizationManager))),
                new Piece(EngineMetricsPlugin.class, List.of(
                        method(ProcessEngineConfigurationImpl.class, null, "setMetricsRegistry", MetricsRegistry.class),
                        method(MetricsRegistry.class, void.class, "markOccurrence", String.class, long.class),
                        method(MetricsRegistry.class, Map.class, "getDbMeters"),
                        holds("the engine's metrics registry is still the plugin's",
                                () -> configuration.getMetricsRegistry().getClass().getEnclosingClass()
                                        == EngineMetricsPlugin.class))),
                new Piece(NodeNamePlugin.class, List.of(
                        method(ProcessEngineConfigurationImpl.class, null, "setHostname", String.class),
                        method(ProcessEngineConfigurationImpl.class, JobExecutor.class, "getJobExecutor"),
                        method(JobExecutor.class, void.class, "setLockOwner", String.class))),
                new Piece(RefusalLoggingPlugin.class, List.of(
                        method(ProcessEngineConfigurationImpl.class, null, "setCommandContextFactory",
                                CommandContextFactory.class),
                        field(CommandContextFactory.class, "processEngineConfiguration", ProcessEngineConfigurationImpl.class),
                        method(CommandContextFactory.class, CommandContext.class, "createCommandContext"),
                        method(CommandContextFactory.class, void.class, "setProcessEngineConfiguration",
                                ProcessEngineConfigurationImpl.class),
                        constructor(CommandContext.class, ProcessEngineConfigurationImpl.class),
                        method(CommandContext.class, boolean.class, "shouldLogFine", Throwable.class),
                        holds("the engine's command context factory is still the plugin's",
                                () -> configuration.getCommandContextFactory().getClass().getEnclosingClass()
                                        == RefusalLoggingPlugin.class))),
                new Piece(TaskQueryPlansPlugin.class, List.of(
                        method(ProcessEngineConfigurationImpl.class, List.class, "getCustomPostCommandInterceptorsTxRequired"),
                        method(ProcessEngineConfigurationImpl.class, String.class, "getDatabaseType"),
                        method(CommandContext.class, DbSqlSession.class, "getDbSqlSession"),
                        method(DbSqlSession.class, SqlSession.class, "getSqlSession"),
                        holds("a task query runs as a command", () -> Command.class.isAssignableFrom(TaskQueryImpl.class)),
                        holds("the filter commands Tasklist runs (list, page, count) are AbstractExecuteFilterCmds",
                                () -> Stream.of(ExecuteFilterListCmd.class, ExecuteFilterListPageCmd.class,
                                        ExecuteFilterCountCmd.class).allMatch(AbstractExecuteFilterCmd.class::isAssignableFrom)))),
                new Piece(EngineStoredPasswords.class, List.of(
                        method(UserEntity.class, String.class, "getPassword"),
                        method(UserEntity.class, String.class, "getSalt"),
                        method(EncryptionUtil.class, String.class, "saltPassword", String.class, String.class),
                        method(ProcessEngineConfigurationImpl.class, PasswordManager.class, "getPasswordManager"),
                        method(PasswordManager.class, boolean.class, "check", String.class, String.class),
                        holds("a queried user is a UserEntity whose stored hash matches its password (aziza's is aziza)",
                                () -> storedPasswords.matches(engine.getIdentityService().createUserQuery()
                                        .userId("aziza").singleResult(), "aziza")))),
                new Piece(CamundaEngineClock.class, List.of(
                        method(ClockUtil.class, Date.class, "getCurrentTime"))),
                new Piece(CamundaDefaultPasswordPolicy.class, List.of(
                        holds("its rules are those PasswordRule puts in words (PASSWORD_POLICY_LENGTH, …)",
                                () -> CamundaDefaultPasswordPolicy.POLICY.getRules().stream()
                                        .map(PasswordPolicyRule::getPlaceholder).collect(Collectors.toSet())
                                        .equals(Set.of("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_LOWERCASE",
                                                "PASSWORD_POLICY_UPPERCASE", "PASSWORD_POLICY_DIGIT",
                                                "PASSWORD_POLICY_SPECIAL", "PASSWORD_POLICY_USER_DATA"))))),
                new Piece(EngineRestWrites.class, List.of(
                        holds("each path it lets users write is a POST, PUT or DELETE of Camunda's REST API (openapi.json)",
                                this::everyAllowedWriteIsAnEndpoint))),
                new Piece(TasklistLocalizationFilter.class, List.of(
                        holds("the webapps keep their Authentications in the session under \""
                                + TasklistLocalizationFilter.WEBAPP_AUTHENTICATIONS + "\"", () -> {
                                    var key = AuthenticationUtil.class.getDeclaredField("CAM_AUTH_SESSION_KEY");
                                    key.setAccessible(true);
                                    return TasklistLocalizationFilter.WEBAPP_AUTHENTICATIONS.equals(key.get(null));
                                }),
                        method(Authentications.class, List.class, "getAuthentications"),
                        method(UserAuthentication.class, String.class, "getName"))));
    }

    /** What the localization reads of each endpoint it rewrites, as a logged-in user's Tasklist gets it. */
    @Test
    void eachTasklistEndpointAnswersWhatTheLocalizationReads() {
        SafarApi api = new SafarApi(rest);
        long delegationId = api.ok(api.post("aziza", "/api/delegations", """
                {"title": "Contract check", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(api.programmeId("Astana Civil Service Hub"), api.staffIds("Islom Abdurakhmonov"))))
                .get("id").asLong();
        TasklistSession vetting = new TasklistSession(port);
        assertThat(vetting.login("gulnoza", "gulnoza")).isEqualTo(200);
        TasklistSession officer = new TasklistSession(port);
        assertThat(officer.login("aziza", "aziza")).isEqualTo(200);

        JsonNode taskList = hal(vetting, ENGINE_API + "/task?processInstanceBusinessKey=" + BusinessKeys.of(delegationId));
        String taskId = taskList.path("_embedded").path("task").path(0).path("id").asText();
        String groupTasks = vetting.json(vetting.get(ENGINE_API + "/filter?resourceType=Task")).findParents("name")
                .stream().filter(filter -> filter.path("name").asText().equals("My group's tasks"))
                .map(filter -> filter.path("id").asText()).findFirst()
                .orElseThrow(() -> new AssertionError("gulnoza has no filter \"My group's tasks\""));

        List<Call> calls = List.of(
                new Call("/task/[^/]+/deployed-form", "GET", ENGINE_API + "/task/" + taskId + "/deployed-form",
                        () -> vetting.json(vetting.get(ENGINE_API + "/task/" + taskId + "/deployed-form")), this::form),
                new Call("/process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/deployed-start-form", "GET",
                        ENGINE_API + "/process-definition/key/delegation/deployed-start-form",
                        () -> officer.json(officer.get(ENGINE_API + "/process-definition/key/delegation/deployed-start-form")),
                        this::form),
                new Call("/task", "GET", ENGINE_API + "/task", () -> taskList, body -> {
                    tasks(body.path("_embedded").path("task"));
                    processDefinitions(body.path("_embedded").path("processDefinition"));
                }),
                new Call("/task/[^/]+", "GET", ENGINE_API + "/task/" + taskId,
                        () -> hal(vetting, ENGINE_API + "/task/" + taskId), body -> {
                            tasks(List.of(body));
                            groups(body.path("_embedded").path("group"));
                        }),
                new Call("/filter/[^/]+/list", "POST", ENGINE_API + "/filter/" + groupTasks + "/list",
                        () -> vetting.json(vetting.post(ENGINE_API + "/filter/" + groupTasks + "/list?firstResult=0&maxResults=15",
                                "{}", true, TasklistSession.HAL)), body -> {
                                    tasks(body.path("_embedded").path("task"));
                                    processDefinitions(body.path("_embedded").path("processDefinition"));
                                }),
                new Call("/process-definition", "GET", ENGINE_API + "/process-definition",
                        () -> officer.json(officer.get(ENGINE_API
                                + "/process-definition?latest=true&active=true&startableInTasklist=true")),
                        this::processDefinitions),
                new Call("/process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)", "GET",
                        ENGINE_API + "/process-definition/key/delegation",
                        () -> officer.json(officer.get(ENGINE_API + "/process-definition/key/delegation")),
                        body -> processDefinitions(List.of(body))),
                new Call("/filter", "GET", ENGINE_API + "/filter",
                        () -> vetting.json(vetting.get(ENGINE_API + "/filter?resourceType=Task")), this::filters),
                new Call("/filter/[^/]+", "GET", ENGINE_API + "/filter/" + groupTasks,
                        () -> vetting.json(vetting.get(ENGINE_API + "/filter/" + groupTasks)), body -> filters(List.of(body))),
                new Call("/group", "GET", ENGINE_API + "/group",
                        () -> vetting.json(vetting.get(ENGINE_API + "/group?member=gulnoza")), this::groups),
                new Call("/group/[^/]+", "GET", ENGINE_API + "/group/hr-vetting",
                        () -> vetting.json(vetting.get(ENGINE_API + "/group/hr-vetting")), body -> groups(List.of(body))));

        assertThat(calls).extracting(Call::endpoint).as("an example call of every endpoint the localization rewrites")
                .containsExactlyInAnyOrderElementsOf(TasklistLocalizationFilter.ENDPOINTS.stream()
                        .map(endpoint -> endpoint.path().pattern()).toList());
        for (Call call : calls) {
            TasklistLocalizationFilter.Endpoint endpoint = TasklistLocalizationFilter.ENDPOINTS.stream()
                    .filter(e -> e.path().pattern().equals(call.endpoint())).findFirst().orElseThrow();
            assertThat(TasklistLocalizationFilter.answerOf(new MockHttpServletRequest(call.method(), call.uri())))
                    .as("what the localization takes %s %s for", call.method(), call.uri()).contains(endpoint.answer());
            JsonNode body = call.answer().get();
            try {
                call.shape().accept(body);
            } catch (AssertionError wrongShape) {
                throw new AssertionError("TasklistLocalizationFilter reads " + endpoint.answer() + " from " + call.method()
                        + " " + call.endpoint() + ", which Camunda now answers differently: " + wrongShape.getMessage()
                        + "\nThe answer: " + body, wrongShape);
            }
        }
    }

    private record Call(String endpoint, String method, String uri, Supplier<JsonNode> answer, Consumer<JsonNode> shape) {
    }

    private JsonNode hal(TasklistSession session, String path) {
        return session.json(session.get(path, TasklistSession.HAL));
    }

    /** A Camunda Form as form-js reads it, whose texts the form catalogs translate by component id. */
    private void form(JsonNode form) {
        assertThat(form.path("id").isTextual()).as("the form's id").isTrue();
        assertThat(form.path("components")).as("the form's components").isNotEmpty();
        assertThat(form.path("components").findValues("id")).as("the components' ids").isNotEmpty();
        assertThat(form.path("components").findValues("label")).as("the components' labels").isNotEmpty();
    }

    private void tasks(Iterable<JsonNode> tasks) {
        assertThat(tasks).as("tasks").isNotEmpty();
        tasks.forEach(task -> {
            assertThat(task.path("taskDefinitionKey").isTextual()).as("a task's taskDefinitionKey in %s", task).isTrue();
            assertThat(task.path("name").isTextual()).as("a task's name in %s", task).isTrue();
            assertThat(task.has("description")).as("a task's description in %s", task).isTrue();
        });
    }

    private void processDefinitions(Iterable<JsonNode> definitions) {
        assertThat(definitions).as("process definitions").isNotEmpty();
        definitions.forEach(definition -> {
            assertThat(definition.path("key").isTextual()).as("a process definition's key in %s", definition).isTrue();
            assertThat(definition.path("name").isTextual()).as("a process definition's name in %s", definition).isTrue();
        });
    }

    private void filters(Iterable<JsonNode> filters) {
        assertThat(filters).as("filters").isNotEmpty();
        filters.forEach(filter -> {
            assertThat(filter.path("name").isTextual()).as("a filter's name in %s", filter).isTrue();
            assertThat(filter.path("properties").path("description").isTextual())
                    .as("a filter's properties.description in %s", filter).isTrue();
        });
    }

    private void groups(Iterable<JsonNode> groups) {
        assertThat(groups).as("groups").isNotEmpty();
        groups.forEach(group -> {
            assertThat(group.path("id").isTextual()).as("a group's id in %s", group).isTrue();
            assertThat(group.path("name").isTextual()).as("a group's name in %s", group).isTrue();
        });
    }

    /**
     * Safar replaces some of the webjar's own files (each webapp's {@code config.js} and {@code user-styles.css}).
     * Camunda changes them in an upgrade, e.g. with a new option in {@code config.js}; then what Safar serves
     * in their place must take the change over. The originals of 7.24.0 are kept to notice it.
     */
    @Test
    void theWebjarsOwnFilesThatSafarReplacesAreThoseOf724() throws IOException {
        List<String> replaced;
        try (Stream<Path> files = Files.walk(SAFARS_WEBJAR_FILES)) {
            replaced = files.filter(Files::isRegularFile).map(file -> SAFARS_WEBJAR_FILES.relativize(file).toString()
                    .replace('\\', '/')).filter(path -> webjarsOwn(path) != null).sorted().toList();
        }
        assertThat(replaced).as("the webjar's files that Safar replaces").contains("app/tasklist/scripts/config.js");
        List<String> changed = new ArrayList<>();
        for (String path : replaced) {
            String original = text(getClass().getClassLoader().getResource(ORIGINALS + path));
            String now = text(webjarsOwn(path));
            if (original == null) {
                changed.add(path + ": Safar replaces this file of the webjar, but its original is not kept under"
                        + " src/test/resources/" + ORIGINALS + path + "; copy it there from the webjar");
            } else if (!original.equals(now)) {
                String safars = Files.readString(SAFARS_WEBJAR_FILES.resolve(path), StandardCharsets.UTF_8);
                changed.add(path + ": the webjar's own file is no longer 7.24.0's, and Safar serves its own in its place."
                        + " Take over what applies into src/main/resources/" + WEBJAR + path + ", then keep the new"
                        + " original under src/test/resources/" + ORIGINALS + "\nWhat Camunda changed:\n"
                        + LineDiff.of(original, now) + "\nWhat Safar's differs by from 7.24.0's:\n"
                        + LineDiff.of(original, safars));
            }
        }
        assertThat(changed).as("the webjar's files that Safar replaces").isEmpty();
    }

    /** The webjar's own file at this path under webjars/camunda/, or null when the webjar has none. */
    private URL webjarsOwn(String path) {
        try {
            return Collections.list(getClass().getClassLoader().getResources(WEBJAR + path)).stream()
                    .filter(url -> url.toString().contains("camunda-webapp-webjar")).findFirst().orElse(null);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(URL url) throws IOException {
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Each path that EngineRestWrites lets a user write, matched by some state-changing path of the REST API. */
    private boolean everyAllowedWriteIsAnEndpoint() throws IOException {
        JsonNode description = null;
        for (URL url : Collections.list(getClass().getClassLoader().getResources("openapi.json"))) {
            if (url.toString().contains("camunda-engine-rest-openapi")) {
                try (InputStream in = url.openStream()) {
                    description = json.readTree(in);
                }
            }
        }
        assertThat(description).as("openapi.json of camunda-engine-rest-openapi").isNotNull();
        List<String> writes = new ArrayList<>();
        description.path("paths").fields().forEachRemaining(path -> {
            if (path.getValue().has("post") || path.getValue().has("put") || path.getValue().has("delete")) {
                writes.add(path.getKey().replaceAll("\\{[^}]+}", "x"));
            }
        });
        return EngineRestWrites.ALLOWED.stream().allMatch(allowed -> writes.stream().anyMatch(
                path -> allowed.matcher(path).matches()));
    }
}
