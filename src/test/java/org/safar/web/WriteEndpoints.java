package org.safar.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The endpoints of Safar's API that take a JSON body, as Spring MVC maps them: found in the running
 * application, so that a new one is in the corpus (and asks for a valid example) without a list kept by hand.
 * The file imports (/api/imports, a CSV or XLSX file as the body or a multipart form) read no JSON; their
 * bad files are ImportFileTest's.
 */
final class WriteEndpoints {

    /** One endpoint: {@code POST /api/delegations/{id}/cancel} and the record its body is read into. */
    record WriteEndpoint(String method, String pattern, Class<?> body) {

        String key() {
            return method + " " + pattern;
        }
    }

    private static final String FILE_IMPORTS = "/api/imports/";

    private WriteEndpoints() {
    }

    static List<WriteEndpoint> under(RequestMappingHandlerMapping mapping, String prefix) {
        List<WriteEndpoint> found = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith(prefix) || pattern.startsWith(FILE_IMPORTS)) {
                    continue;
                }
                for (RequestMethod method : methods(info)) {
                    if (method == RequestMethod.POST || method == RequestMethod.PUT || method == RequestMethod.PATCH) {
                        found.add(new WriteEndpoint(method.name(), pattern, bodyType(handler)));
                    }
                }
            }
        });
        found.sort(Comparator.comparing(WriteEndpoint::key));
        return found;
    }

    private static Iterable<RequestMethod> methods(RequestMappingInfo info) {
        return info.getMethodsCondition().getMethods();
    }

    /** The record the body is read into; null for an endpoint that reads none. */
    private static Class<?> bodyType(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter.getParameterType();
            }
        }
        return null;
    }
}
