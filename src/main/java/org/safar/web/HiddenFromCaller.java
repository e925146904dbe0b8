package org.safar.web;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Permissions;

/**
 * The engine was asked about something the caller may not see. Camunda's REST resources pass an
 * {@link AuthorizationException} on where they wrap every other exception, and describe its missing
 * permission in the answer; {@link EngineApiProblems} answers a missing permission to read with 404, as
 * the caller's lists and queries, which do not show the thing, would suggest.
 */
public class HiddenFromCaller extends AuthorizationException {

    /** @param resourceType as Camunda names it, e.g. "Task" */
    public HiddenFromCaller(String userId, String resourceType, String resourceId) {
        super(userId, new MissingAuthorization(Permissions.READ.getName(), resourceType, resourceId));
    }
}
