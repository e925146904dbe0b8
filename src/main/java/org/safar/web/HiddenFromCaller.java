package org.safar.web;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * The engine was asked about something the caller may not see: answered 404 by {@link EngineApiProblems},
 * as the caller's lists and queries, which do not show it, would suggest. An {@link AuthorizationException},
 * because Camunda's REST resources pass those on unchanged where they wrap every other exception.
 */
public class HiddenFromCaller extends AuthorizationException {

    public HiddenFromCaller(String message) {
        super(message);
    }
}
