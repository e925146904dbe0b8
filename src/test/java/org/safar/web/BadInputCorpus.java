package org.safar.web;

import static org.safar.web.BadPayload.BAD_OR_NOT_FOUND;
import static org.safar.web.BadPayload.BAD_REQUEST;
import static org.safar.web.BodyText.quoted;
import static org.safar.web.BodyText.utf8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safar.web.BadValues.BadValue;
import org.safar.web.BodyFields.BodyField;
import org.safar.web.BodyFields.Kind;
import org.safar.web.ExampleBodies.Example;
import org.safar.web.WriteEndpoints.WriteEndpoint;

/**
 * The bad payloads for one endpoint, generated from the record its body is read into and a valid
 * example of it: each field in turn given the values its rules refuse ({@link BadValues}), left out
 * where it is required, given twice, misspelt; the objects given keys they do not have; then the body
 * as a whole ({@link BodyPayloads}).
 */
final class BadInputCorpus {

    /** Keys a caller might hope to set: ids, audit fields, a stage, and what polymorphic readers look for. */
    private static final List<String> UNKNOWN_KEYS = List.of("\"id\":1", "\"createdBy\":\"aziza\"",
            "\"stage\":\"CANCELLED\"", "\"version\":0", "\"__proto__\":{\"admin\":true}", "\"constructor\":{}",
            "\"@class\":\"x.Y\"", "\"@type\":\"x\"", "\"\":1", "\"$ref\":\"#\"", "\"unexpected\":null");

    private BadInputCorpus() {
    }

    static List<BadPayload> of(WriteEndpoint endpoint, Example example) {
        JsonNode valid = read(example.body());
        String path = path(endpoint.pattern(), example.pathValues());
        List<BodyField> fields = BodyFields.of(endpoint.body(), example.checkedByService());
        Payloads payloads = new Payloads(endpoint, path);

        Set<List<Object>> objectsBroken = new HashSet<>();
        for (BodyField field : fields) {
            JsonNode value = BodyText.valueAt(valid, field.path());
            boolean firstOfItsObject = objectsBroken.add(field.parentPath());
            for (BadValue bad : BadValues.refusedBy(field, value, firstOfItsObject)) {
                if (!field.member() && bad.raw().length == 0) {
                    continue; // no value in a list is an empty list, which a list may be
                }
                payloads.add(field, "= " + bad.label(), BodyText.withValue(valid, field.path(), bad.raw()));
            }
            if (field.member()) {
                misplaced(field, value, valid, payloads);
            }
            if (field.kind() == Kind.OBJECT) {
                UNKNOWN_KEYS.subList(0, 3).forEach(member -> payloads.add(field, "with the key " + member,
                        BodyText.withMember(valid, field.path(), null, utf8(member))));
            }
        }
        for (String member : UNKNOWN_KEYS) {
            payloads.add("body with the key " + member, BodyText.withMember(valid, List.of(), null, utf8(member)),
                    BAD_REQUEST);
        }
        boolean anythingRequired = fields.stream()
                .anyMatch(field -> field.member() && field.parentPath().isEmpty() && refusesNull(field));
        List<BadPayload> all = new ArrayList<>(payloads.all);
        all.addAll(BodyPayloads.of(endpoint, example, path, BodyText.of(valid), anythingRequired));
        return all;
    }

    /** The field left out, given twice, or under a key that is almost its own. */
    private static void misplaced(BodyField field, JsonNode value, JsonNode valid, Payloads payloads) {
        String own = value == null ? "null" : value.toString();
        if (refusesNull(field)) {
            payloads.add(field, "left out", BodyText.without(valid, field.path()));
        }
        String key = field.key();
        payloads.add(field, "given twice", BodyText.withValue(valid, field.path(), utf8(own + "," + quoted(key) + ":"
                + own)));
        payloads.add(field, "given twice, then null", BodyText.withValue(valid, field.path(), utf8(own + ","
                + quoted(key) + ":null")));
        String capital = Character.toUpperCase(key.charAt(0)) + key.substring(1);
        String snake = key.replaceAll("([A-Z])", "_$1").toLowerCase();
        for (String misspelt : List.of(capital, key.toUpperCase(), snake.equals(key) ? key + "_" : snake,
                " " + key, key + " ", key + "\u200b", key + "\u0000")) {
            payloads.add(field, "under the key " + quoted(misspelt), BodyText.withMember(valid, field.parentPath(), key,
                    utf8(quoted(misspelt) + ":" + own)));
        }
    }

    private static boolean refusesNull(BodyField field) {
        return !field.takes().test(NullNode.getInstance());
    }

    static String path(String pattern, Map<String, String> values) {
        String path = pattern;
        for (Map.Entry<String, String> variable : values.entrySet()) {
            path = path.replace("{" + variable.getKey() + "}", variable.getValue());
        }
        return path;
    }

    static JsonNode read(String json) {
        try {
            return BodyText.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("An example body is no JSON: " + json, e);
        }
    }

    /** Collects the payloads of one endpoint, named as the test shows them: {@code POST /api/staff · grade = 1.5}. */
    private static final class Payloads {

        private final WriteEndpoint endpoint;
        private final String path;
        private final List<BadPayload> all = new ArrayList<>();

        Payloads(WriteEndpoint endpoint, String path) {
            this.endpoint = endpoint;
            this.path = path;
        }

        /** {@code what}: {@code = 1.5}, {@code left out}, {@code given twice}. */
        void add(BodyField field, String what, byte[] body) {
            add(field.name() + " " + what, body, field.reference() ? BAD_OR_NOT_FOUND : BAD_REQUEST);
        }

        void add(String name, byte[] body, Set<Integer> refusedWith) {
            all.add(new BadPayload(endpoint.key() + " · " + name, endpoint.method(), path, BadPayload.JSON, null, body,
                    refusedWith));
        }
    }
}
