package org.safar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.safar.i18n.Language;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * What Safar writes into the forms of every stage (nomination, vetting, approval, the embassy, funding,
 * travel, debriefing and a cancellation), read by Tasklist in each language: in Russian, Kazakh and
 * Mongolian no word in Latin letters but data (people, positions, organisations, programmes, the title), in
 * Uzbek no generated text left as the English one, and in every language other than English no code
 * (MIDDLE, CLEARED, CHANGES_REQUESTED), no user id and no ISO date. A refusal comes in the caller's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GeneratedFormTextsTest {

    private static final String[] JAPAN_GROUP = {"Dilshod Ergashev", "Nodira Saidova", "Farrukh Nazarov",
        "Gulnora Abdullaeva", "Rustam Mirzaev", "Shahnoza Khodjaeva", "Ulugbek Kadyrov", "Zarina Rashidova",
        "Anvar Juraev"};
    private static final String TITLE = "Japan short course — senior officials";
    private static final String GERMANY = "Study trip: citizen service centres in Germany";

    /** Values a form compares in FEEL and translates itself (the programme's kind, who pays), not shows. */
    private static final Set<String> COMPARED_BY_THE_FORM = Set.of("kind", "fundingSource", "value");
    /**
     * The process's own variables that the engine hands to every form with the rest: ids and the codes its
     * gateways read; no form shows them.
     */
    private static final Set<String> PROCESS_VARIABLES = Set.of("approverGroup", "approverGroups", "liaisonGroup",
            "reportStatus");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{2,}");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b|\\b(JUNIOR|MIDDLE|SENIOR|PENDING"
            + "|CLEARED|REFUSED|CONFIRMED|REMINDER|ESCALATION)\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    IdentityService identity;

    @Test
    void theFormsOfNominationVettingApprovalAndTheEmbassySpeakTheReadersLanguage() {
        SafarApi api = new SafarApi(rest, new DelegationJobs(runtime, management));
        long japan = api.programmeId("Advanced training in public administration");
        List<Long> members = new ArrayList<>(api.staffIds(JAPAN_GROUP));
        // Not eligible: English is required at B1, he speaks A2.
        members.add(api.staffId("Laziz Hakimov"));
        long id = api.ok(api.post("aziza", "/api/delegations", """
                {"title": "%s", "programmeId": %d, "memberStaffIds": %s}""".formatted(TITLE, japan, members)))
                .get("id").asLong();
        Set<String> data = data(api, TITLE);
        SoftAssertions softly = new SoftAssertions();

        String nominate = api.onlyTask("aziza", id, "Nominate members").get("id").asText();
        assertThat(api.formVariablesIn("ru", "aziza", nominate).get("memberProblems").toString())
                .contains("Laziz Hakimov", "Требуется английский на уровне B1; уровень кандидата — A2");
        assertThat(api.formVariablesIn("ru", "aziza", nominate).get("staffOptions").toString())
                .contains("Laziz Hakimov", "не может ехать: Требуется английский");
        checkEveryLanguage(softly, api, "nominateMembers", "aziza", nominate, data);

        List<String> revised = new ArrayList<>(api.staffIds(JAPAN_GROUP).stream().map(String::valueOf).toList());
        revised.add(String.valueOf(api.staffId("Kamola Ismoilova")));
        api.submitOk("aziza", nominate, Map.of("chosenProgramme", String.valueOf(japan),
                "chosenMembers", revised, "nominationDecision", "SUBMIT"));

        List<JsonNode> clearances = api.tasks("gulnoza", id, "Clear ");
        checkEveryLanguage(softly, api, "clearMember", "gulnoza", clearances.get(0).get("id").asText(), data);
        for (JsonNode task : clearances) {
            api.submitOk("gulnoza", task.get("id").asText(), Map.of("clearance", "CLEARED"));
        }

        api.submitOk("bakhtiyor", api.onlyTask("bakhtiyor", id, "Approve delegation").get("id").asText(),
                Map.of("approval", "APPROVE"));
        // The director's form shows the department head's decision, by name.
        String directors = api.onlyTask("otabek", id, "Approve delegation").get("id").asText();
        Map<String, JsonNode> approval = api.formVariablesIn("ru", "otabek", directors);
        assertThat(approval.get("routingReasons").asText()).startsWith("В составе есть сотрудник старшей категории; ");
        assertThat(approval.get("earlierApprovals").get(0).get("decidedBy").asText())
                .isNotEqualTo("bakhtiyor").isEqualTo(fullName("bakhtiyor"));
        assertThat(approval.get("earlierApprovals").get(0).get("decision").asText()).isEqualTo("Утверждено");
        checkEveryLanguage(softly, api, "approveDelegation", "otabek", directors, data);
        api.submitOk("otabek", directors, Map.of("approval", "APPROVE"));

        String confirm = api.onlyTask("tokyo", id, "Confirm host arrangements").get("id").asText();
        checkEveryLanguage(softly, api, "confirmHostArrangements", "tokyo", confirm, data);
        softly.assertAll();
    }

    @Test
    void theFormsOfFundingAndOfACancellationSpeakTheReadersLanguage() {
        SafarApi api = new SafarApi(rest, new DelegationJobs(runtime, management));
        String title = "GIZ study trip — Fergana centre leads";
        long id = toGermany(api, title, "Akmal Tojiboev", "Barno Ahmedova");
        Set<String> data = data(api, title);
        SoftAssertions softly = new SoftAssertions();
        for (JsonNode clearance : api.tasks("gulnoza", id, "Clear ")) {
            api.submitOk("gulnoza", clearance.get("id").asText(), Map.of("clearance", "CLEARED"));
        }
        for (String approver : List.of("bakhtiyor", "otabek")) {
            for (JsonNode approval : api.tasks(approver, id, "Approve delegation")) {
                api.submitOk(approver, approval.get("id").asText(), Map.of("approval", "APPROVE"));
            }
        }
        api.submitOk("berlin", api.onlyTask("berlin", id, "Confirm host arrangements").get("id").asText(),
                Map.of("answer", "CONFIRMED", "hostContact", "GIZ", "venue", "GIZ", "agenda", "GIZ",
                        "accommodation", "GIZ", "airportPickup", "true", "visaSupportLetterIssued", "true"));

        // GIZ pays for everything: the donor's share is named, and the nothing left to our budget is an amount.
        String approval = api.onlyTask("madina", id, "Approve funding").get("id").asText();
        JsonNode delegation = api.formVariablesIn("ru", "madina", approval).get("delegation");
        assertThat(delegation.get("donorCovers").asText()).isEqualTo("авиабилеты, проживание, суточные");
        assertThat(delegation.get("dates").asText()).contains(" г. – ").doesNotContainPattern(ISO_DATE);
        assertThat(api.formVariablesIn("ru", "madina", approval).get("estimate").get("ownBudgetTotal").asText())
                .isEqualTo("0,00 USD");
        checkEveryLanguage(softly, api, "approveFunding", "madina", approval, data);

        api.ok(api.post("aziza", "/api/delegations/" + id + "/cancel",
                "{\"reason\": \"Принимающая сторона перенесла визит\"}"));
        String inform = api.onlyTask("berlin", id, "Inform the host").get("id").asText();
        assertThat(api.formVariablesIn("ru", "berlin", inform).get("cancelledDelegation").get("cancelledBy").asText())
                .isEqualTo(fullName("aziza"));
        checkEveryLanguage(softly, api, "informHostOfCancellation", "berlin", inform, data);
        softly.assertAll();
    }

    @Test
    void theFormsOfTravelAndDebriefingSpeakTheReadersLanguage() {
        SafarApi api = new SafarApi(rest, new DelegationJobs(runtime, management));
        String title = "GIZ study trip — PSC leads";
        long id = toGermany(api, title, "Jasur Tursunov", "Malika Yusupova");
        Set<String> data = data(api, title);
        SoftAssertions softly = new SoftAssertions();

        // Each stage started as the lifecycle's call activity starts it.
        runtime.startProcessInstanceByKey("travel", BusinessKeys.of(id), Map.of("delegationId", id,
                "nominatedBy", "aziza"));
        String record = api.tasks("aziza", id, "Record ticket and visa").get(0).get("id").asText();
        assertThat(api.formVariablesIn("ru", "aziza", record).get("delegation").get("departure").asText())
                .endsWith(" г.");
        checkEveryLanguage(softly, api, "recordTicketAndVisa", "aziza", record, data);

        runtime.startProcessInstanceByKey("debriefing", BusinessKeys.of(id), Map.of("delegationId", id,
                "nominatedBy", "aziza"));
        String report = api.onlyTask("malika", id, "Submit trip report").get("id").asText();
        checkEveryLanguage(softly, api, "submitTripReport", "malika", report, data);
        api.submitOk("malika", report, Map.of("learned", "Онлайн-запись сократила очереди.",
                "actionPlan", "Внедрим запись в центрах до июня."));

        String review = api.onlyTask("bakhtiyor", id, "Review trip report").get("id").asText();
        JsonNode submitted = api.formVariablesIn("ru", "bakhtiyor", review).get("report");
        assertThat(submitted.get("status").asText()).isEqualTo("сдан");
        assertThat(submitted.get("submittedBy").asText()).isEqualTo(fullName("malika"));
        checkEveryLanguage(softly, api, "reviewTripReport", "bakhtiyor", review, data);

        String settle = api.tasks("madina", id, "Settle advance").get(0).get("id").asText();
        assertThat(api.formVariablesIn("ru", "madina", settle).get("advance").get("advance").asText())
                .matches("[\\d\u00A0\u202F]+,\\d\\d USD");
        checkEveryLanguage(softly, api, "settleAdvance", "madina", settle, data);
        softly.assertAll();
    }

    /** A refusal is written in the language the caller chose: Gulnoza reads Safar in Russian. */
    @Test
    void aRefusalComesInTheCallersLanguage() {
        SafarApi api = new SafarApi(rest, new DelegationJobs(runtime, management));
        ResponseEntity<String> tooLong = api.get("gulnoza", "/api/good-practices?q=" + "a".repeat(201));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(api.read(tooLong).toString()).contains("Поисковый запрос — не более 200 символов");
        ResponseEntity<String> country = api.get("gulnoza", "/api/good-practices?country=DEU");
        assertThat(api.read(country).toString()).contains("«DEU» — не двухбуквенный код страны");

        assertThat(api.read(api.get("madina", "/api/good-practices?country=DEU")).toString())
                .contains("'DEU' is not a two-letter country code such as DE or JP");
    }

    /** Opens a delegation to the study trip in Germany with these members, as the officer does through the API. */
    private static long toGermany(SafarApi api, String title, String... members) {
        return api.ok(api.post("aziza", "/api/delegations", """
                {"title": "%s", "programmeId": %d, "memberStaffIds": %s}""".formatted(title,
                api.programmeId(GERMANY), api.staffIds(members)))).get("id").asLong();
    }

    /** Every text the form's variables show, in each language, against the English. */
    private void checkEveryLanguage(SoftAssertions softly, SafarApi api, String form, String user, String taskId,
            Set<String> data) {
        Map<String, String> english = shown(api.formVariablesIn("en", user, taskId));
        for (Language language : Language.values()) {
            if (language == Language.EN) {
                continue;
            }
            Map<String, String> shown = shown(api.formVariablesIn(language.code(), user, taskId));
            shown.forEach((path, text) -> {
                String where = "%s of %s in %s".formatted(path, form, language);
                softly.assertThat(CODE.matcher(text).find()).as("a code in %s: %s", where, text).isFalse();
                softly.assertThat(ISO_DATE.matcher(text).find()).as("an ISO date in %s: %s", where, text).isFalse();
                List<String> foreign = latinWords(text, data);
                if (language == Language.UZ) {
                    softly.assertThat(foreign.isEmpty() || !text.equals(english.get(path)))
                            .as("English left in %s: %s", where, text).isTrue();
                } else {
                    softly.assertThat(foreign).as("English in %s: %s", where, text).isEmpty();
                }
            });
        }
    }

    /** Each text leaf of the variables by its path, but the process's ids and what the form itself compares. */
    private static Map<String, String> shown(Map<String, JsonNode> variables) {
        Map<String, String> texts = new java.util.TreeMap<>();
        variables.forEach((name, value) -> {
            if (!PROCESS_VARIABLES.contains(name)) {
                collect(name, name, value, texts);
            }
        });
        return texts;
    }

    private static void collect(String path, String key, JsonNode value, Map<String, String> texts) {
        if (value.isObject()) {
            value.fields().forEachRemaining(field -> collect(path + "." + field.getKey(), field.getKey(),
                    field.getValue(), texts));
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                collect(path + "[" + i + "]", key, value.get(i), texts);
            }
        } else if (value.isTextual() && !COMPARED_BY_THE_FORM.contains(key)) {
            texts.put(path, value.asText());
        }
    }

    private static List<String> latinWords(String text, Set<String> data) {
        List<String> words = new ArrayList<>();
        Matcher word = LATIN_WORD.matcher(text);
        while (word.find()) {
            if (!data.contains(word.group().toLowerCase(Locale.ROOT))) {
                words.add(word.group());
            }
        }
        return words;
    }

    /**
     * Words that are data in any language: the registries' people, positions, organisations, regions and
     * trips, the programmes, the users' names, the delegation's title, the currency and the CEFR levels.
     */
    private Set<String> data(SafarApi api, String title) {
        List<String> texts = new ArrayList<>(List.of(title, "USD"));
        for (JsonNode s : api.ok(api.get("aziza", "/api/staff"))) {
            for (String field : List.of("fullName", "position", "organisation", "region", "passportNumber")) {
                texts.add(s.path(field).asText(""));
            }
            s.path("trips").forEach(t -> texts.addAll(List.of(t.path("country").asText(""),
                    t.path("purpose").asText(""))));
        }
        for (JsonNode p : api.ok(api.get("aziza", "/api/programmes"))) {
            for (String field : List.of("title", "hostCountry", "hostInstitution")) {
                texts.add(p.path(field).asText(""));
            }
        }
        for (User user : identity.createUserQuery().list()) {
            texts.addAll(List.of(String.valueOf(user.getFirstName()), String.valueOf(user.getLastName())));
        }
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            Matcher word = LATIN_WORD.matcher(text);
            while (word.find()) {
                words.add(word.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private String fullName(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user.getFirstName() + " " + user.getLastName();
    }
}
