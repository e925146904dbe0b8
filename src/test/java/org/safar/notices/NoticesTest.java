package org.safar.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.safar.BusinessKeys;
import org.safar.AtTheSameMoment;
import org.safar.DelegationJobs;
import org.safar.SafarApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices sent to a real SMTP server (GreenMail) while the demo users work delegations through the API
 * as Tasklist does: what each person receives, in their language, with the link to their task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "safar.notices.enabled=true",
    "safar.notices.tasklist-url=https://safar.example/camunda/app/tasklist/default/",
    // The tests run the sweep and the dispatcher themselves.
    "safar.notices.due-sweep=PT1H",
    "safar.notices.retry-after=PT1H"})
@ActiveProfiles("test")
class NoticesTest {

    private static final String TASKLIST = "https://safar.example/camunda/app/tasklist/default/";

    /** On a port of its own, so that it comes back where the mail sender looks for it after a stop. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.port(freePort()))
            .withPerMethodLifecycle(false);

    /** The domain's clock, which the test moves on to when a notice is due to be tried again. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    IdentityService identity;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RepositoryService repository;

    @Autowired
    ManagementService management;

    @Autowired
    NoticeRepository notices;

    @Autowired
    TaskNotices taskNotices;

    @Autowired
    NoticeDispatcher dispatcher;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    NoticeOutbox outbox;

    @Autowired
    Recipients recipients;

    @Autowired
    MovableClock clock;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        awaitAllSent();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClocks() {
        ClockUtil.reset();
        clock.reset();
    }

    @Test
    void everyoneATaskIsForHearsOfItOnceInTheirLanguageWithALinkToIt() throws Exception {
        SafarApi api = new SafarApi(rest, new DelegationJobs(runtime, management));
        person("irina", "Irina", "Petrova", "hr-vetting", "finance");
        api.ok(api.exchange("irina", HttpMethod.PUT, "/api/me/language", "{\"language\": \"kk\"}"));

        long id = openGermanStudyTrip(api, "Notices — GIZ study trip");
        String ref = BusinessKeys.of(id);
        List<JsonNode> clearances = api.tasks("gulnoza", id, "Clear ");
        assertThat(clearances).hasSize(2);
        awaitAllSent();

        // Gulnoza reads Russian, Irina Kazakh: both are in hr-vetting, which both clearances are offered to. Each
        // subject names the task as Tasklist names it to them, and the delegation's reference.
        List<Mail> toGulnoza = mailTo("gulnoza");
        assertThat(toGulnoza).extracting(Mail::subject).containsExactlyInAnyOrder(
                "Новая задача в Safar: Проверка: Jasur Tursunov — " + ref,
                "Новая задача в Safar: Проверка: Malika Yusupova — " + ref);
        assertThat(toGulnoza).allSatisfy(mail -> {
            assertThat(mail.language()).isEqualTo("ru");
            assertThat(mail.body()).startsWith("Здравствуйте, Gulnoza Aminova!")
                    .contains("В Safar задачу ждёт ваша группа", "Делегация: " + ref + " · Notices — GIZ study trip", "Срок: ");
        });
        for (JsonNode clearance : clearances) {
            String link = TASKLIST + "#/?task=" + clearance.get("id").asText();
            assertThat(toGulnoza).filteredOn(mail -> mail.body().contains(link)).hasSize(1);
            assertThat(mailTo("irina")).filteredOn(mail -> mail.body().contains(link)).hasSize(1);
        }
        assertThat(mailTo("irina")).extracting(Mail::subject).containsExactlyInAnyOrder(
                "Safar жүйесіндегі жаңа тапсырма: Тексеру: Jasur Tursunov — " + ref,
                "Safar жүйесіндегі жаңа тапсырма: Тексеру: Malika Yusupova — " + ref);
        // The officer opened the delegation herself and has no task in it yet; the others have no part in it.
        assertThat(mailTo("aziza")).isEmpty();
        assertThat(mailTo("madina")).isEmpty();

        // A task for two groups reaches a person in both once.
        deployTaskForTwoGroups();
        String review = runtime.startProcessInstanceByKey("reviewByTwoGroups").getId();
        awaitAllSent();
        assertThat(mailTo("irina")).filteredOn(mail -> mail.subject().endsWith("Review by two groups")).hasSize(1);
        assertThat(mailTo("gulnoza")).filteredOn(mail -> mail.subject().endsWith("Review by two groups")).hasSize(1);
        assertThat(mailTo("madina")).extracting(Mail::subject).containsExactly("New task in Safar: Review by two groups");
        runtime.deleteProcessInstance(review, "test over");

        // Claiming a task is one's own doing and tells nobody; giving it to someone else tells them.
        String clearJasur = clearances.stream().filter(t -> t.get("name").asText().endsWith("Jasur Tursunov"))
                .findFirst().orElseThrow().get("id").asText();
        smtp.purgeEmailFromAllMailboxes();
        api.ok(api.post("gulnoza", "/engine-rest/task/" + clearJasur + "/claim", "{\"userId\": \"gulnoza\"}"));
        api.ok(api.post("gulnoza", "/engine-rest/task/" + clearJasur + "/assignee", "{\"userId\": \"irina\"}"));
        awaitAllSent();
        assertThat(mailTo("gulnoza")).isEmpty();
        // Irina was told of this task already, as one of its group; she hears of it once.
        assertThat(mailTo("irina")).isEmpty();
    }

    @Test
    void aRolledBackTransactionSendsNothing() throws Exception {
        deployTaskForTwoGroups();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            runtime.startProcessInstanceByKey("reviewByTwoGroups", "rolled-back");
            status.setRollbackOnly();
        });
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("rolled-back").count()).isZero();

        runtime.startProcessInstanceByKey("reviewByTwoGroups", "committed");
        awaitAllSent();
        // Only the committed task was told of: the sender works oldest first, so a notice of the other would be here too.
        assertThat(mailTo("madina")).hasSize(1);
        assertThat(mailTo("gulnoza")).hasSize(1);
        assertThat(notices.findAll()).noneMatch(notice -> notice.getSentAt() == null);
    }

    @Test
    void theOfficerAndTheMembersHearHowTheDelegationIsDecided() throws Exception {
        SafarApi api = new SafarApi(rest, new DelegationJobs(runtime, management));
        long id = openGermanStudyTrip(api, "Notices — decided");
        String decided = BusinessKeys.of(id) + " · Notices — decided";
        clearAll(api, id);
        awaitAllSent();
        smtp.purgeEmailFromAllMailboxes();

        // The department head rejects: the officer (Uzbek) and the members with an account are told why.
        String approval = api.onlyTask("bakhtiyor", id, "Approve delegation").get("id").asText();
        api.submitOk("bakhtiyor", approval, Map.of("approval", "REJECT",
                "approvalReason", "The Fergana lead is needed for the regional audit"));
        awaitAllSent();
        List<Mail> toAziza = mailTo("aziza");
        assertThat(toAziza).extracting(Mail::subject).containsExactlyInAnyOrder(
                "Delegatsiya rad etildi: " + decided,
                "Safar tizimida yangi vazifa: Ishtirokchilarni tavsiya etish — " + BusinessKeys.of(id));
        Mail rejected = toAziza.stream().filter(mail -> mail.subject().startsWith("Delegatsiya")).findFirst()
                .orElseThrow();
        assertThat(rejected.body()).startsWith("Hurmatli Aziza Karimova,").contains(
                "Sabab: The Fergana lead is needed for the regional audit",
                "Qaror qabul qilgan: Bakhtiyor Rakhimov", "Tasklistdagi vazifalaringiz:\n" + TASKLIST);
        assertThat(mailTo("malika")).extracting(Mail::subject).containsExactly("Делегация отклонена: " + decided);
        assertThat(mailTo("jasur")).extracting(Mail::subject).containsExactly("Delegatsiya rad etildi: " + decided);
        assertThat(mailTo("bakhtiyor")).isEmpty();

        // The officer submits again; once approved, everyone hears it, and the embassy in Berlin gets its task.
        String nominate = api.onlyTask("aziza", id, "Nominate members").get("id").asText();
        Map<String, JsonNode> form = api.formVariables("aziza", nominate);
        api.submitOk("aziza", nominate, Map.of("chosenProgramme", form.get("chosenProgramme").asText(),
                "chosenMembers", api.staffIds("Jasur Tursunov", "Malika Yusupova").stream().map(String::valueOf)
                        .toList(), "nominationDecision", "SUBMIT"));
        clearAll(api, id);
        smtp.purgeEmailFromAllMailboxes();
        api.submitOk("bakhtiyor", api.onlyTask("bakhtiyor", id, "Approve delegation").get("id").asText(),
                Map.of("approval", "APPROVE"));
        awaitAllSent();
        assertThat(mailTo("aziza")).extracting(Mail::subject).containsExactly("Delegatsiya tasdiqlandi: " + decided);
        assertThat(mailTo("malika")).extracting(Mail::subject).containsExactly("Делегация одобрена: " + decided);
        assertThat(mailTo("berlin")).extracting(Mail::subject)
                .containsExactly("Новая задача в Safar: Подтвердить условия приёма — " + BusinessKeys.of(id));
        assertThat(mailTo("tokyo")).isEmpty();

        // The officer cancels: the members are told, with her reason; she is not.
        smtp.purgeEmailFromAllMailboxes();
        api.ok(api.post("aziza", "/api/delegations/" + id + "/cancel",
                "{\"reason\": \"GIZ moved the study trip to next year\"}"));
        awaitAllSent();
        assertThat(mailTo("jasur")).extracting(Mail::subject).containsExactly("Delegatsiya bekor qilindi: " + decided);
        assertThat(mailTo("malika")).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Делегация отменена: " + decided);
            assertThat(mail.body()).contains("Причина: GIZ moved the study trip to next year",
                    "Решение принял(а): Aziza Karimova");
        });
        assertThat(mailTo("aziza")).isEmpty();
        // The liaison in Berlin informs the host: a task of her group.
        assertThat(mailTo("berlin")).extracting(Mail::subject)
                .containsExactly("Новая задача в Safar: Сообщить принимающей стороне об отмене — " + BusinessKeys.of(id));
    }

    @Test
    void aCancellationSentEightTimesAtOnceIsToldOnce() throws Exception {
        SafarApi api = new SafarApi(rest, new DelegationJobs(runtime, management));
        long id = openGermanStudyTrip(api, "Notices — cancelled at once");
        awaitAllSent();
        smtp.purgeEmailFromAllMailboxes();
        // The eight callers run no jobs: each would run the others' as well.
        SafarApi caller = new SafarApi(rest);

        List<ResponseEntity<String>> answers = AtTheSameMoment.eightTimes(() -> caller.post("aziza",
                "/api/delegations/" + id + "/cancel", "{\"reason\": \"GIZ moved the study trip\"}"));

        assertThat(answers).extracting(ResponseEntity::getStatusCode).containsOnly(HttpStatus.OK);
        awaitAllSent();
        assertThat(mailTo("jasur")).extracting(Mail::subject)
                .containsExactly("Delegatsiya bekor qilindi: " + BusinessKeys.of(id) + " · Notices — cancelled at once");
        assertThat(mailTo("malika")).extracting(Mail::subject)
                .containsExactly("Делегация отменена: " + BusinessKeys.of(id) + " · Notices — cancelled at once");
        assertThat(mailTo("aziza")).isEmpty();
    }

    @Test
    void tasksPastTheirDueDateAndTheLifecyclesRemindersAreToldOnce() throws Exception {
        SafarApi api = new SafarApi(rest, new DelegationJobs(runtime, management));
        long id = openGermanStudyTrip(api, "Notices — due");
        String ref = BusinessKeys.of(id);
        // Debriefing as the lifecycle starts it on the day of return (today here): Jasur's report is due in 14 days.
        runtime.startProcessInstanceByKey("debriefing", BusinessKeys.of(id), Map.of("delegationId", id,
                "nominatedBy", "aziza"));
        awaitAllSent();
        smtp.purgeEmailFromAllMailboxes();
        String report = api.onlyTask("jasur", id, "Submit trip report").get("id").asText();

        // Six days on, the clearances (due in five) are past due: hr-vetting is reminded, once.
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(6))));
        assertThat(taskNotices.sweepDueTasks()).isPositive();
        assertThat(taskNotices.sweepDueTasks()).isZero();
        awaitAllSent();
        List<Mail> dueClearances = mailTo("gulnoza").stream()
                .filter(mail -> mail.body().contains("Делегация: " + ref + " · Notices — due")).toList();
        assertThat(dueClearances).extracting(Mail::subject).containsExactlyInAnyOrder(
                "Наступил срок задачи: Проверка: Jasur Tursunov — " + ref,
                "Наступил срок задачи: Проверка: Malika Yusupova — " + ref);
        assertThat(dueClearances).allSatisfy(mail -> assertThat(mail.body()).contains("Наступил срок вашей задачи"));
        assertThat(mailTo("jasur")).isEmpty();

        // On the report's due date the lifecycle's reminder flags it, and Jasur is reminded at once.
        smtp.purgeEmailFromAllMailboxes();
        new DelegationJobs(runtime, management).runDueAt(id, LocalDate.now().plusDays(15));
        awaitAllSent();
        assertThat(mailTo("jasur")).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Vazifa muddati keldi: Safar hisobotini topshirish (muddati o‘tgan) — " + ref);
            assertThat(mail.body()).contains("Safar tizimidagi vazifangiz muddati yetib keldi.",
                    TASKLIST + "#/?task=" + report);
        });
        // The sweep finds the report too, among the other late tasks, but Jasur hears of his once.
        taskNotices.sweepDueTasks();
        awaitAllSent();
        assertThat(mailTo("jasur")).hasSize(1);
        assertThat(mailTo("gulnoza")).noneMatch(mail -> mail.body().contains("Делегация: " + ref + " · Notices — due"));

        // After 21 days the department head gets "Trip report missing" and hears of it in Uzbek.
        new DelegationJobs(runtime, management).runDueAt(id, LocalDate.now().plusDays(22));
        awaitAllSent();
        assertThat(mailTo("bakhtiyor")).extracting(Mail::subject)
                .contains("Safar tizimida yangi vazifa: Safar hisoboti topshirilmagan: Jasur Tursunov — " + ref);
    }

    @Test
    void aNoticeTheMailServerCouldNotTakeIsKeptWithItsErrorAndSentOnceItIsBack() throws Exception {
        Recipient madina = recipients.people(List.of("madina")).get(0);
        smtp.stop();
        Notice kept;
        try {
            outbox.write("test:mail-server-down", madina, new Letter("Sent when the server is back", "Hello"));
            kept = awaitTried("test:mail-server-down");
        } finally {
            smtp.start();
        }
        assertThat(kept.getSentAt()).isNull();
        assertThat(kept.getAttempts()).isEqualTo(1);
        assertThat(kept.getLastError()).contains("Mail server connection failed");

        // The server is back, but the notice waits until its retry is due: an hour here (retry-after).
        assertThat(dispatcher.dispatchPending()).isZero();
        assertThat(mailTo("madina")).isEmpty();
        clock.moveOn(Duration.ofHours(1).plusSeconds(1));
        assertThat(dispatcher.dispatchPending()).isEqualTo(1);
        Notice sent = notices.findById(kept.getId()).orElseThrow();
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sent.getLastError()).isNull();
        assertThat(sent.getAttempts()).isEqualTo(2);
        MimeMessage[] received = smtp.getReceivedMessagesForDomain("madina@safar.example");
        assertThat(received).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Sent when the server is back");
            assertThat(mail.getMessageID()).isEqualTo(dispatcher.messageId(sent))
                    .matches("<notice-" + sent.getId() + "\\.\\d+@safar\\.example>");
        });

        // Sent is sent: nothing goes out again.
        assertThat(dispatcher.dispatchPending()).isZero();
        assertThat(mailTo("madina")).hasSize(1);
    }

    @Test
    void everyoneChoosesTheirLanguageAmongSafarsFive() {
        SafarApi api = new SafarApi(rest, new DelegationJobs(runtime, management));
        person("timur", "Timur", "Rahimov");
        assertThat(api.ok(api.get("timur", "/api/me/language")).get("language").asText()).isEqualTo("en");
        assertThat(api.ok(api.get("astana", "/api/me/language")).get("language").asText()).isEqualTo("kk");
        assertThat(api.ok(api.get("ulaanbaatar", "/api/me/language")).get("language").asText()).isEqualTo("mn");

        ResponseEntity<String> french = api.exchange("timur", HttpMethod.PUT, "/api/me/language",
                "{\"language\": \"fr\"}");
        assertThat(french.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(french.getBody()).contains("language", "must be one of en, ru, uz, kk, mn");
        assertThat(api.ok(api.get("timur", "/api/me/language")).get("language").asText()).isEqualTo("en");

        assertThat(api.ok(api.exchange("timur", HttpMethod.PUT, "/api/me/language", "{\"language\": \"UZ\"}"))
                .get("language").asText()).isEqualTo("uz");
        assertThat(api.exchange(null, HttpMethod.PUT, "/api/me/language", "{\"language\": \"ru\"}").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private long openGermanStudyTrip(SafarApi api, String title) {
        long germany = api.programmeId("Study trip: citizen service centres in Germany");
        return api.ok(api.post("aziza", "/api/delegations", """
                {"title": "%s", "programmeId": %d, "memberStaffIds": %s}"""
                .formatted(title, germany, api.staffIds("Jasur Tursunov", "Malika Yusupova")))).get("id").asLong();
    }

    private static void clearAll(SafarApi api, long id) {
        for (JsonNode task : api.tasks("gulnoza", id, "Clear ")) {
            api.submitOk("gulnoza", task.get("id").asText(), Map.of("clearance", "CLEARED"));
        }
    }

    /** A person of their own for a test, with their user id as password and an e-mail address. */
    private void person(String id, String firstName, String lastName, String... groups) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        var user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(id + "@safar.example");
        user.setPassword(id);
        identity.saveUser(user);
        Arrays.stream(groups).forEach(group -> identity.createMembership(id, group));
    }

    private void deployTaskForTwoGroups() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("reviewByTwoGroups").count() > 0) {
            return;
        }
        repository.createDeployment().addModelInstance("review-by-two-groups.bpmn",
                Bpmn.createExecutableProcess("reviewByTwoGroups").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("UserTask_Review").name("Review by two groups")
                        .camundaCandidateGroups("hr-vetting, finance").endEvent().done()).deploy();
    }

    /** Waits until the outbox holds nothing unsent, sending what is there on this thread too. */
    private void awaitAllSent() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (notices.findAll().stream().anyMatch(notice -> notice.getSentAt() == null)) {
            assertThat(System.currentTimeMillis()).as("all notices sent within 20 s").isLessThan(deadline);
            dispatcher.dispatchPending();
            Thread.sleep(50);
        }
    }

    /** Waits until the notice has been tried once, by the wake-up after writing it or by this thread. */
    private Notice awaitTried(String eventKey) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            dispatcher.dispatchPending();
            Notice notice = notices.findAll().stream().filter(n -> n.getEventKey().equals(eventKey)).findFirst()
                    .orElseThrow();
            if (notice.getLastError() != null) {
                return notice;
            }
            assertThat(System.currentTimeMillis()).as("notice tried within 20 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Mail> mailTo(String userId) {
        return Arrays.stream(smtp.getReceivedMessagesForDomain(userId + "@safar.example")).map(Mail::of).toList();
    }

    /** The system clock, or as far ahead of it as a test moved it. */
    static final class MovableClock extends Clock {

        private volatile Duration ahead = Duration.ZERO;

        void moveOn(Duration duration) {
            ahead = ahead.plus(duration);
        }

        void reset() {
            ahead = Duration.ZERO;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), ahead);
        }
    }

    record Mail(String subject, String body, String language) {

        static Mail of(MimeMessage message) {
            try {
                return new Mail(message.getSubject(), ((String) message.getContent()).replace("\r\n", "\n"),
                        message.getHeader("Content-Language", null));
            } catch (MessagingException | IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
