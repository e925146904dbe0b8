package org.safar.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Camunda's own OpenAPI description of the engine REST API (artifact camunda-engine-rest-openapi of
 * the engine's version), read from the classpath: every endpoint the engine answers, so a test that
 * walks it covers an endpoint that a new Camunda version adds without being told.
 */
final class EngineRestDescription {

    /** Methods that change something; GET (and OPTIONS, HEAD) only read. */
    static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "DELETE");

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /**
     * What a client might upload to any multipart endpoint (a deployment, a binary variable, an
     * attachment): one small file. A refusal comes before the body is read, so its content does not matter.
     */
    private static final String BOUNDARY = "safar-matrix-boundary";
    private static final byte[] MINIMAL_MULTIPART = bytes("""
            --%1$s\r
            Content-Disposition: form-data; name="deployment-name"\r
            \r
            matrix\r
            --%1$s\r
            Content-Disposition: form-data; name="data"; filename="matrix.txt"\r
            Content-Type: text/plain\r
            \r
            matrix\r
            --%1$s--\r
            """.formatted(BOUNDARY));

    /**
     * One endpoint: its method, its path template as the description writes it, and the body the
     * description gives as its first example (or a minimal one).
     */
    record Endpoint(String method, String template, String contentType, byte[] body) {

        List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            Matcher matcher = PATH_PARAMETER.matcher(template);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private EngineRestDescription() {
    }

    /** Every POST, PUT and DELETE of the engine REST API, in the order of their paths. */
    static List<Endpoint> stateChangingEndpoints() {
        JsonNode description = read();
        List<Endpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = description.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = operations.next();
                String method = operation.getKey().toUpperCase();
                if (STATE_CHANGING.contains(method)) {
                    endpoints.add(endpoint(method, path.getKey(), operation.getValue().get("requestBody")));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method));
        return Collections.unmodifiableList(endpoints);
    }

    private static Endpoint endpoint(String method, String template, JsonNode requestBody) {
        if (requestBody == null || !requestBody.has("content")) {
            return new Endpoint(method, template, null, null);
        }
        JsonNode content = requestBody.get("content");
        if (content.has("application/json")) {
            JsonNode examples = content.get("application/json").get("examples");
            String body = "{}";
            if (examples != null && examples.elements().hasNext()) {
                JsonNode value = examples.elements().next().get("value");
                if (value != null && value.isContainerNode()) {
                    body = value.toString();
                }
            }
            return new Endpoint(method, template, "application/json", bytes(body));
        }
        if (content.has("multipart/form-data")) {
            return new Endpoint(method, template, "multipart/form-data; boundary=" + BOUNDARY, MINIMAL_MULTIPART);
        }
        String type = content.fieldNames().next();
        return new Endpoint(method, template, type, bytes(""));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode read() {
        try {
            // Other jars may ship an openapi.json of their own; take Camunda's engine REST one.
            for (URL url : Collections.list(EngineRestDescription.class.getClassLoader().getResources("openapi.json"))) {
                if (url.toString().contains("camunda-engine-rest-openapi")) {
                    try (InputStream in = url.openStream()) {
                        return new ObjectMapper().readTree(in);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Camunda's openapi.json could not be read", e);
        }
        throw new IllegalStateException("No openapi.json of camunda-engine-rest-openapi on the test classpath");
    }
}
