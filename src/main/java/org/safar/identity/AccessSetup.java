package org.safar.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The groups of docs/RULES.md, what each may do in the engine, and the Tasklist filters everyone
 * shares. Runs at every start and adds only what is missing, so it is safe on a production database.
 * An embassy group gets the same as the others, whether it is one of the first host countries, was
 * made by hand in Admin (at the next start), or came with a programme to a new host country
 * ({@link #openEmbassy}, at once).
 *
 * <p>Task permissions are not granted here: the engine grants them to the assignee and the candidate
 * groups of each task as it is created, so people see the tasks that are theirs and no others.
 */
@Component
public class AccessSetup {

    /** Every group that works in Tasklist. */
    static final Map<String, String> GROUPS = groups();

    private static final String TASKLIST = "tasklist";
    private static final List<String> SAFAR_PROCESSES = List.of("delegation", "nomination", "vetting",
            "embassyCoordination", "funding", "travel", "debriefing", "changeDelegation");

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final CurrentUser currentUser;

    AccessSetup(IdentityService identity, AuthorizationService authorizations, FilterService filters,
            TaskService tasks, CurrentUser currentUser) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.currentUser = currentUser;
    }

    @EventListener
    @Order(1)
    public void onEngineReady(ApplicationReadyEvent event) {
        GROUPS.forEach(this::group);
        Set<String> workingInTasklist = new LinkedHashSet<>(GROUPS.keySet());
        identity.createGroupQuery().list().stream().map(Group::getId)
                .filter(id -> SafarGroups.embassyCountry(id).isPresent()).forEach(workingInTasklist::add);
        workingInTasklist.forEach(this::grantTasklist);
        grant(SafarGroups.OFFICERS, Resources.PROCESS_DEFINITION, "delegation", Permissions.CREATE_INSTANCE);
        grant(SafarGroups.OFFICERS, Resources.PROCESS_DEFINITION, "changeDelegation", Permissions.CREATE_INSTANCE);
        grant(SafarGroups.OFFICERS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        createFilters();
    }

    /**
     * The embassy group of a host country, with what every group working in Tasklist gets, if it
     * lacks any of it: for a programme to a country that had none. Runs as Safar, whoever adds the
     * programme, in the caller's transaction, so the group comes and goes with the programme.
     */
    public void openEmbassy(String countryCode) {
        currentUser.asSafar(() -> {
            String group = SafarGroups.embassy(countryCode);
            group(group, embassyName(countryCode));
            grantTasklist(group);
            return group;
        });
    }

    /** Tasklist, and reading the models of Safar's processes (their diagrams and forms). */
    private void grantTasklist(String group) {
        grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        for (String process : SAFAR_PROCESSES) {
            grant(group, Resources.PROCESS_DEFINITION, process, Permissions.READ);
        }
    }

    private static Map<String, String> groups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(SafarGroups.OFFICERS, "International-cooperation officers");
        groups.put(SafarGroups.HR_VETTING, "Personnel and security vetting");
        groups.put(SafarGroups.DEPT_HEADS, "Heads of department");
        groups.put(SafarGroups.AGENCY_DIRECTORS, "Agency directors");
        groups.put(SafarGroups.FINANCE, "Budget office");
        groups.put(SafarGroups.PARTICIPANTS, "Participants");
        SafarGroups.EMBASSY_COUNTRIES.forEach(country -> groups.put(SafarGroups.embassy(country), embassyName(country)));
        return Map.copyOf(groups);
    }

    /** As Tasklist's group.embassy says it in English, which TasklistNames translates. */
    private static String embassyName(String countryCode) {
        return "Embassy liaison, " + countryCode;
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            var group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    /** Adds the permission to the group's one authorization for that resource, creating it if need be. */
    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (authorization.isPermissionGranted(permission)) {
            return;
        }
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }

    private void createFilters() {
        filter("My tasks", "Tasks assigned to me", -10,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        filter("My group's tasks", "Tasks for my groups that nobody has claimed yet", -5,
                tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
        TaskQuery dueSoon = tasks.createTaskQuery();
        dueSoon.or().taskAssigneeExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}").endOr()
                .dueBeforeExpression("${dateTime().plusDays(3).toDate()}");
        filter("Due soon", "My tasks and my groups' tasks due within three days", 0, dueSoon.orderByDueDate().asc());
    }

    private void filter(String name, String description, int priority, TaskQuery query) {
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", new ArrayList<>());
        Filter filter = filters.newTaskFilter(name).setProperties(properties).setQuery(query);
        filters.saveFilter(filter);
        Authorization everyone = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
        everyone.setResource(Resources.FILTER);
        everyone.setResourceId(filter.getId());
        everyone.addPermission(Permissions.READ);
        authorizations.saveAuthorization(everyone);
    }
}
