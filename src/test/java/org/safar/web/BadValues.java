package org.safar.web;

import static org.safar.web.BodyText.quoted;
import static org.safar.web.BodyText.utf8;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.safar.web.BodyFields.BodyField;

/**
 * Values to put in one place of a body, each with a label for the test's name, kept only where the
 * field's own rules refuse them ({@link FieldRules}): markup goes to a name (which takes plain text
 * only) but a {@code {{7*7}}} only to a coded field, since plain text allows it.
 */
final class BadValues {

    /** A value as raw bytes, which need not be JSON; the label names it in the test. */
    record BadValue(String label, byte[] raw) {

        static BadValue json(String label, String json) {
            return new BadValue(label, utf8(json));
        }

        static BadValue text(String label, String text) {
            String shortLabel = label.length() <= 60 ? label
                    : label.substring(0, 40) + "…\" (" + text.length() + " characters)";
            return new BadValue(shortLabel, utf8(quoted(text)));
        }

        /** Raw bytes as a key for telling equal values apart. */
        String bytes() {
            return new String(raw, StandardCharsets.ISO_8859_1);
        }
    }

    private static final ObjectMapper READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String LONG_MAX_PLUS_ONE = "9223372036854775808";

    private static final List<String> MARKUP = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>", "<iframe src=\"javascript:alert(1)\"></iframe>", "\"><script>alert(1)</script>",
            "</textarea><script>alert(1)</script>", "<b>bold</b>", "<a href=\"javascript:alert(1)\">link</a>",
            "<!-- comment -->", "<?xml version=\"1.0\"?><x/>", "<![CDATA[x]]>", "<body onload=alert(1)>",
            "<style>*{display:none}</style>", "Trip <br> report");
    private static final List<String> EXPRESSIONS = List.of("${1+1}", "#{7*7}", "{{7*7}}", "Report ${7*7} due",
            "#{identityService.deleteUser('aziza')}", "${execution.setVariable('approved', true)}",
            "${''.getClass()}", "#{systemProperties['user.home']}", "{{constructor.constructor('alert(1)')()}}",
            "[[${7*7}]]", "*{7*7}", "%{7*7}");
    private static final List<String> SEPARATORS = List.of("Trip; report", "Trip -- report",
            "x'); DELETE FROM staff_member; --", "1 OR 1=1 --");
    /** Text a name takes but a code or a fixed choice does not. */
    private static final List<String> CODES = List.of("de", "fr", "ja", "xx", "zz", "und", "XX", "ZZZ", "A", "1A",
            "eng", "English", "\u0440\u0443", "\u65e5\u672c", "OWN BUDGET", "own_budget", "ADPS TRN 2027", "-");
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "admin'--", "$(reboot)", "`id`",
            "| cat /etc/passwd", "../../etc/passwd", "%00", "\\u0000", "{\"$gt\": \"\"}", "${jndi:ldap://x/a}",
            "#set($x = 1)", "<%= 7*7 %>", "{{=7*7}}", "javascript:alert(1)");
    private static final List<String> BLANKS = List.of("", " ", "   ", "\n", "\r\n", "\t");
    private static final List<String> NOT_JSON = List.of("NaN", "Infinity", "-Infinity", "+1", "01", ".5", "1.",
            "0x1F", "1e", "--1", "1_000", "'single quotes'", "unquoted", "\"unterminated", "undefined", "True",
            "NULL", "None", "/* comment */ null", "", "1 2", "null,");
    private static final List<String> NOT_UTF8 = List.of("FF", "C0AF", "C328", "EDA080", "F888808080", "80",
            "E282", "F4908080", "FE");
    private static final List<String> OTHER_TYPES = List.of("0", "42", "-1", "1.5", "true", "false", "\"text\"",
            "\"\"", "{}", "{\"value\":1}", "[]", "[\"text\"]", "[1]", "[null]", "[[]]");
    private static final List<String> WHOLE_NUMBERS = List.of("1.5", "0.5", "-0.5", "1.0", "1e2", "2E1", "-1", "0",
            "2147483648", "-2147483649", LONG_MAX_PLUS_ONE, "-9223372036854775809", "1e309", "-1e309",
            "1" + "0".repeat(30), "9".repeat(2000), "9223372036854775807");
    private static final List<String> DECIMALS = List.of("-1", "-0.01", "-1e-2", "0", "0.001", "1.005", "1e10",
            "1000000000", "9999999999999.99", "1e309", "-1e309", "1e-400", "1e999999999", "1e2147483647",
            "1e2147483648", "1e-2147483649", LONG_MAX_PLUS_ONE, "9".repeat(2000));
    private static final List<String> FLAGS = List.of("\"true\"", "\"false\"", "\"yes\"", "1", "0", "\"1\"",
            "\"TRUE\"");
    private static final List<String> DATES = List.of("2031-02-30", "2031-13-01", "2031-00-10", "2031-01-32",
            "31.03.2031", "03/31/2031", "2031-3-2", "2031-03-02T00:00", "2031-03-02T00:00:00Z", "2031-03-02Z",
            "+2031-03-02", "99999-01-01", " 2031-03-02", "2031-03-02 ", "today", "2031", "20310302",
            "\uff12\uff10\uff13\uff11-03-02", "0000-00-00", "-2031-03-02", "2999-12-31");

    private BadValues() {
    }

    /**
     * Every value of the pools for this field's kind that its rules refuse; with {@code breakingJson},
     * also the values that are no JSON at all, which the parser refuses alike wherever they stand, so
     * the corpus sends them at one field of each object.
     */
    static List<BadValue> refusedBy(BodyField field, JsonNode valid, boolean breakingJson) {
        List<BadValue> candidates = new ArrayList<>();
        if (breakingJson) {
            breakingJson(candidates);
        }
        candidates.addAll(candidates(field, valid));
        Map<String, BadValue> distinct = new LinkedHashMap<>();
        candidates.forEach(value -> distinct.putIfAbsent(value.bytes(), value));
        return distinct.values().stream().filter(value -> refuses(field, value)).toList();
    }

    private static boolean refuses(BodyField field, BadValue value) {
        JsonNode read;
        try {
            read = READER.readTree(value.raw());
        } catch (IOException | NumberFormatException notJson) {
            return true;
        }
        if (read == null || read.isMissingNode()) {
            return true;
        }
        // An id is any whole number to the rules; one that names no row is refused as not found.
        boolean namesNothing = field.reference() && read.isIntegralNumber()
                && (read.longValue() < 1 || read.bigIntegerValue().bitLength() > 31);
        return namesNothing || !field.takes().test(read);
    }

    private static void breakingJson(List<BadValue> values) {
        NOT_JSON.forEach(json -> values.add(BadValue.json(json.isEmpty() ? "no value" : json, json)));
        NOT_UTF8.forEach(hex -> values.add(new BadValue("text with bytes " + hex + " (no UTF-8)",
                join(utf8("\"Trip"), HexFormat.of().parseHex(hex), utf8("\"")))));
        for (char c = 0; c <= 0x1f; c++) {
            values.add(new BadValue("text with the raw byte %02X".formatted((int) c),
                    join(utf8("\"Trip"), new byte[] {(byte) c}, utf8("report\""))));
        }
        values.add(BadValue.json("2000 nested lists", "[".repeat(2000) + "]".repeat(2000)));
    }

    private static List<BadValue> candidates(BodyField field, JsonNode valid) {
        List<BadValue> values = new ArrayList<>();
        OTHER_TYPES.forEach(json -> values.add(BadValue.json(json, json)));
        values.add(BadValue.json("null", "null"));
        values.add(BadValue.json("500 nested lists", "[".repeat(500) + "]".repeat(500)));
        switch (field.kind()) {
            case TEXT -> texts(field, valid == null || valid.asText().isEmpty() ? "Trip" : valid.asText(), values);
            case WHOLE_NUMBER -> WHOLE_NUMBERS.forEach(n -> values.add(BadValue.json(n.length() > 40
                    ? n.length() + " digits" : n.equals(LONG_MAX_PLUS_ONE) ? n + " (Long.MAX + 1)" : n, n)));
            case DECIMAL -> DECIMALS.forEach(n -> values.add(BadValue.json(n.length() > 40 ? n.length() + " digits" : n,
                    n)));
            case FLAG -> FLAGS.forEach(json -> values.add(BadValue.json(json, json)));
            case CHOICE -> choices(field, values);
            case DATE -> dates(values);
            case LIST -> lists(field, valid, values);
            case OBJECT -> {
                // the kinds of JSON an element is not, above, and its own fields one by one
            }
        }
        return values;
    }

    private static void texts(BodyField field, String valid, List<BadValue> values) {
        BLANKS.forEach(blank -> values.add(BadValue.text(quoted(blank), blank)));
        field.rules().stream().filter(Size.class::isInstance).map(rule -> ((Size) rule).max())
                .filter(max -> max < 100_000).forEach(max -> {
                    values.add(BadValue.text((max + 1) + " characters", "x".repeat(max + 1)));
                    values.add(BadValue.text((max + 1) + " Cyrillic characters", "ж".repeat(max + 1)));
                });
        values.add(BadValue.text("10000 characters", "x".repeat(10_000)));
        values.add(BadValue.text("100000 characters", "y".repeat(100_000)));
        Stream.of(MARKUP, EXPRESSIONS, SEPARATORS, INJECTIONS, CODES).flatMap(List::stream)
                .forEach(text -> values.add(BadValue.text(quoted(text), text)));
        for (char c = 0; c <= 0x1f; c++) {
            values.add(BadValue.text("text with U+%04X".formatted((int) c), "Trip" + c + "report"));
        }
        values.add(BadValue.text("text with U+007F", "Trip\u007freport"));
        for (String nearMiss : List.of(valid.toLowerCase(), valid.toUpperCase(), " " + valid, valid + " ",
                valid + "!", valid + valid, valid.substring(0, 1), "\u0410" + valid.substring(1),
                valid + "\u200b", "\u202e" + valid)) {
            values.add(BadValue.text(quoted(nearMiss), nearMiss));
        }
    }

    private static void choices(BodyField field, List<BadValue> values) {
        String first = ((Enum<?>) field.type().getEnumConstants()[0]).name();
        for (String near : List.of("HOLIDAY", first.toLowerCase(), " " + first, first + " ", first.substring(0, 1),
                "0", "<script>alert(1)</script>", "${1+1}", "x".repeat(10_000))) {
            values.add(BadValue.text(near.length() > 40 ? near.length() + " characters" : quoted(near), near));
        }
    }

    private static void dates(List<BadValue> values) {
        DATES.forEach(date -> values.add(BadValue.text(quoted(date), date)));
        values.add(BadValue.json("20310302", "20310302"));
        values.add(BadValue.json("1924992000000 (epoch milliseconds)", "1924992000000"));
        values.add(BadValue.json("[2031,3,2]", "[2031,3,2]"));
        LocalDate today = LocalDate.now();
        values.add(BadValue.text("today " + today, today.toString()));
        values.add(BadValue.text("tomorrow " + today.plusDays(1), today.plusDays(1).toString()));
    }

    private static void lists(BodyField field, JsonNode valid, List<BadValue> values) {
        String element = valid != null && !valid.isEmpty() ? valid.get(0).toString() : "null";
        values.add(BadValue.json("[" + element + ",null]", "[" + element + ",null]"));
        values.add(BadValue.json("[null," + element + "]", "[null," + element + "]"));
        values.add(BadValue.json("[[" + element + "]]", "[[" + element + "]]"));
        values.add(BadValue.json("{\"0\":" + element + "}", "{\"0\":" + element + "}"));
        field.rules().stream().filter(Size.class::isInstance).map(rule -> ((Size) rule).max())
                .filter(max -> max < 10_000).forEach(max -> values.add(BadValue.json((max + 1) + " elements",
                        "[" + String.join(",", Collections.nCopies(max + 1, element)) + "]")));
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
