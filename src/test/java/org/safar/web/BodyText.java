package org.safar.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a valid body with one place changed into bytes that need not be JSON at all: a value that is
 * no JSON token, a key given twice, bytes that are no UTF-8. The tree holds a marker where the change
 * goes, and the marker's bytes are swapped for the raw bytes after writing.
 */
final class BodyText {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "\u2603corpus\u2603";
    private static final byte[] MARKED_VALUE = utf8(quoted(MARK));
    private static final byte[] MARKED_MEMBER = utf8(quoted(MARK) + ":null");

    private BodyText() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] of(JsonNode body) {
        return utf8(body.toString());
    }

    /** The body with the value at {@code path} (keys and list indexes) written as {@code raw}. */
    static byte[] withValue(JsonNode valid, List<Object> path, byte[] raw) {
        JsonNode body = valid.deepCopy();
        Object last = path.get(path.size() - 1);
        JsonNode parent = at(body, path.subList(0, path.size() - 1));
        if (last instanceof Integer index) {
            ArrayNode list = (ArrayNode) parent;
            while (list.size() <= index) {
                list.addNull();
            }
            list.set(index, MARK);
        } else {
            ((ObjectNode) parent).put((String) last, MARK);
        }
        return swap(of(body), MARKED_VALUE, raw);
    }

    /**
     * The body with the object at {@code objectPath} missing its member {@code dropped} (none if null)
     * and holding {@code rawMember}, a {@code "key": value} text, instead.
     */
    static byte[] withMember(JsonNode valid, List<Object> objectPath, String dropped, byte[] rawMember) {
        JsonNode body = valid.deepCopy();
        ObjectNode object = (ObjectNode) at(body, objectPath);
        if (dropped != null) {
            object.remove(dropped);
        }
        object.putNull(MARK);
        return swap(of(body), MARKED_MEMBER, rawMember);
    }

    /** The body without the member at {@code path}. */
    static byte[] without(JsonNode valid, List<Object> path) {
        JsonNode body = valid.deepCopy();
        ((ObjectNode) at(body, path.subList(0, path.size() - 1))).remove((String) path.get(path.size() - 1));
        return of(body);
    }

    /** The value at a path of the valid body, or null if the body does not give it. */
    static JsonNode valueAt(JsonNode body, List<Object> path) {
        JsonNode node = body;
        for (Object step : path) {
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        return node.isMissingNode() ? null : node;
    }

    private static JsonNode at(JsonNode body, List<Object> path) {
        JsonNode node = body;
        for (Object step : path) {
            JsonNode next = step instanceof Integer index ? node.get(index) : node.get((String) step);
            if (next == null || next.isNull()) {
                throw new IllegalArgumentException("The valid body gives nothing at " + path + ": " + body);
            }
            node = next;
        }
        return node;
    }

    private static byte[] swap(byte[] text, byte[] mark, byte[] raw) {
        int at = indexOf(text, mark);
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + raw.length);
        out.write(text, 0, at);
        out.writeBytes(raw);
        out.write(text, at + mark.length, text.length - at - mark.length);
        return out.toByteArray();
    }

    private static int indexOf(byte[] text, byte[] mark) {
        for (int i = 0; i + mark.length <= text.length; i++) {
            if (Arrays.equals(text, i, i + mark.length, mark, 0, mark.length)) {
                return i;
            }
        }
        throw new IllegalStateException("No marker in " + new String(text, StandardCharsets.UTF_8));
    }
}
