package org.safar.web;

import static org.safar.web.BadPayload.BAD_OR_NOT_FOUND;
import static org.safar.web.BadPayload.BAD_REQUEST;
import static org.safar.web.BadPayload.JSON;
import static org.safar.web.BadPayload.NOT_ACCEPTABLE;
import static org.safar.web.BadPayload.UNSUPPORTED_TYPE;
import static org.safar.web.BodyText.utf8;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.safar.web.ExampleBodies.Example;
import org.safar.web.WriteEndpoints.WriteEndpoint;

/**
 * The bad payloads of an endpoint that concern the body as a whole, its headers or its path: a body
 * that is no JSON object, cut short or followed by more; the valid body sent as another type or asking
 * for an answer in another type, where refusing is the only safe answer (nothing may happen before it);
 * and the valid body at a path whose ids are no ids.
 */
final class BodyPayloads {

    private static final int CUTS = 100;
    private static final List<String> NOT_AN_OBJECT = List.of("", " ", "\n", "null", "[]", "\"x\"", "\"\"", "1", "0",
            "1e309", "true", "false", "[null]", "[{}]", "{", "}", "{}}", "{}{}", "{\"\":}", "{,}", "{\"a\" 1}",
            "{\"a\":1,,}");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "text/plain;charset=UTF-8",
            "application/xml", "text/xml", "application/x-www-form-urlencoded", "multipart/form-data;boundary=x",
            "application/octet-stream", "text/html", "application/yaml", "text/csv", "application/javascript",
            "text/json", "application/jsonx", "application/json;charset=nonsense", "garbage", "");
    private static final List<String> WRONG_ACCEPTS = List.of("application/xml", "text/xml", "text/html", "text/plain",
            "text/csv", "image/png", "application/pdf", "application/octet-stream", "application/yaml", "garbage");
    private static final List<String> NOT_IDS = List.of("abc", "-1", "0", "1.5", "9223372036854775808", "99999999",
            "1e3", "%20", "null", "true", "%3Cscript%3E", "1%3B", "%E2%80%8B", "%00", "%2F", "%5C", "%2e%2e");

    private BodyPayloads() {
    }

    static List<BadPayload> of(WriteEndpoint endpoint, Example example, String path, byte[] valid,
            boolean anythingRequired) {
        List<BadPayload> payloads = new ArrayList<>();
        String name = endpoint.key() + " · ";
        for (String text : NOT_AN_OBJECT) {
            payloads.add(body(endpoint, path, name + "body = " + (text.isBlank() ? "\"" + text.replace("\n", "\\n")
                    + "\"" : text), utf8(text)));
        }
        if (anythingRequired) {
            payloads.add(body(endpoint, path, name + "body = {}", utf8("{}")));
        }
        payloads.add(body(endpoint, path, name + "body = [valid]", join(utf8("["), valid, utf8("]"))));
        String text = new String(valid, StandardCharsets.UTF_8);
        // Cut anywhere, the body is no JSON; a long one at CUTS places spread over it.
        int cuts = Math.min(CUTS, valid.length - 1);
        for (int cut = 1; cut <= cuts; cut++) {
            int length = (int) ((long) cut * (valid.length - 1) / cuts);
            payloads.add(body(endpoint, path, name + "body cut after " + length + " bytes", slice(valid, length)));
        }
        for (String more : List.of(" x", text, ",", "}", "]", " null", "\u0000", "\u000b")) {
            payloads.add(body(endpoint, path, name + "body followed by " + visible(more), join(valid, utf8(more))));
        }
        payloads.add(body(endpoint, path, name + "body after a /* comment */", utf8("/* comment */" + text)));
        payloads.add(body(endpoint, path, name + "body after a // comment", utf8("// comment\n" + text)));
        payloads.add(body(endpoint, path, name + "body in single quotes", utf8(text.replace('"', '\''))));
        payloads.add(body(endpoint, path, name + "body as a JSON string of itself", utf8(BodyText.quoted(text))));
        payloads.add(body(endpoint, path, name + "body under \"data\"", utf8("{\"data\":" + text + "}")));
        payloads.add(body(endpoint, path, name + "body as form fields", utf8(formFields(text))));
        payloads.add(body(endpoint, path, name + "body as XML", utf8("<request>" + formFields(text) + "</request>")));
        payloads.add(body(endpoint, path, name + "body as YAML", utf8(formFields(text).replace("=", ": ")
                .replace("&", "\n"))));
        payloads.add(body(endpoint, path, name + "body with unquoted keys",
                utf8(text.replaceAll("\"(\\w+)\":", "$1:"))));
        payloads.add(body(endpoint, path, name + "body with a trailing comma", utf8(text.replaceFirst("}$", ",}"))));
        payloads.add(body(endpoint, path, name + "body with a no-break space between tokens",
                utf8(text.replaceFirst("\\{", "{\u00a0"))));
        payloads.add(body(endpoint, path, name + "body nested 100000 lists deep", utf8("[".repeat(100_000))));
        payloads.add(body(endpoint, path, name + "body nested 100000 objects deep", utf8("{\"a\":".repeat(100_000))));
        payloads.add(body(endpoint, path, name + "body of 2 MB of x", utf8("x".repeat(2_000_000))));
        for (String hex : List.of("FF", "FEFF", "C0", "80")) {
            payloads.add(body(endpoint, path, name + "body after the bytes " + hex,
                    join(HexFormat.of().parseHex(hex), valid)));
        }
        byte[] noise = new byte[512];
        new Random(14).nextBytes(noise);
        payloads.add(body(endpoint, path, name + "body of 512 random bytes", noise));

        for (String type : WRONG_CONTENT_TYPES) {
            payloads.add(new BadPayload(name + "Content-Type: " + (type.isEmpty() ? "(none)" : type), endpoint.method(),
                    path, type.isEmpty() ? null : type, null, valid, UNSUPPORTED_TYPE));
        }
        for (String accept : WRONG_ACCEPTS) {
            payloads.add(new BadPayload(name + "Accept: " + accept, endpoint.method(), path, JSON, accept, valid,
                    NOT_ACCEPTABLE));
        }
        for (String variable : example.pathValues().keySet()) {
            for (String notAnId : NOT_IDS) {
                Map<String, String> values = new HashMap<>(example.pathValues());
                values.put(variable, notAnId);
                payloads.add(new BadPayload(name + variable + " = " + notAnId, endpoint.method(),
                        BadInputCorpus.path(endpoint.pattern(), values), JSON, null, valid, BAD_OR_NOT_FOUND));
            }
        }
        return payloads;
    }

    private static BadPayload body(WriteEndpoint endpoint, String path, String name, byte[] body) {
        return new BadPayload(name, endpoint.method(), path, JSON, null, body, BAD_REQUEST);
    }

    /** The valid body's top-level keys as {@code key=value&...}, as a client that posts a form sends them. */
    private static String formFields(String json) {
        StringBuilder fields = new StringBuilder();
        BadInputCorpus.read(json).fields().forEachRemaining(field -> fields.append(fields.isEmpty() ? "" : "&")
                .append(field.getKey()).append('=').append(field.getValue().asText()));
        return fields.toString();
    }

    private static String visible(String text) {
        return text.length() > 20 ? "the body again" : text.chars().allMatch(c -> c >= 0x20)
                ? "\"" + text + "\"" : "U+%04X".formatted((int) text.charAt(0));
    }

    private static byte[] slice(byte[] bytes, int length) {
        byte[] part = new byte[length];
        System.arraycopy(bytes, 0, part, 0, length);
        return part;
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
