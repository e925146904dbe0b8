package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.safar.QuietConsole;
import org.safar.SafarApplication;
import org.safar.StartRefused;
import org.safar.programme.ProgrammeService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The prod profile: Safar refuses to start with a setting that would run it unsafely or fail it
 * later, each refusal one line with what to set and exit status 78; once started it has no demo
 * data, secure cookies, HSTS, errors without stack traces and Camunda's password policy, and the
 * passwords that configuration gives hold at every start.
 *
 * <p>Every start here is a SpringApplication in this JVM, but for one in a JVM of its own, which shows
 * the exit status and everything the console gets. A refusal reaches the console as Spring Boot's
 * report of a failed start, without a stack trace; the tests read it from the console, which they hold
 * back (QuietConsole) so that the refusals they provoke are no ERROR lines in the build's output.
 */
@ExtendWith(QuietConsole.class)
class ProductionProfileTest {

    private static final String STRONG = "Ipak-Yoli-2026!";
    private static final String STRONGER = "Buyuk-Ipak-Yoli-2027?";
    private static final String ALLOW_H2 = "--safar.production.allow-embedded-database=true";

    @Test
    void aStartInProductionOnTheEmbeddedDatabaseSaysWhyFirstAndEndsWithStatus78(@TempDir Path folder)
            throws Exception {
        Path console = folder.resolve("console.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"), "-cp", System.getProperty("java.class.path"),
                SafarApplication.class.getName(), "--spring.profiles.active=prod")
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(console.toFile());
        // Only what the JVM needs: no SAFAR_ or SPRING_ variable of this machine's.
        builder.environment().keySet().retainAll(List.of("PATH", "HOME", "LANG"));
        Process safar = builder.start();
        assertThat(safar.waitFor(2, TimeUnit.MINUTES)).as("Safar ended").isTrue();

        String output = Files.readString(console);
        assertThat(safar.exitValue()).as("exit status; the console said:%n%s", output).isEqualTo(StartRefused.EXIT_CODE);
        assertThat(output).contains("""
                Description:

                Safar will not start in production: the database is the embedded H2 (jdbc:h2:file:./data/safar), \
                a file on this machine that one node alone can use

                Action:

                Add the postgres profile (SPRING_PROFILES_ACTIVE=prod,postgres)""");
        // The banner, the profiles, and the report: nothing started, nothing else failed, no stack trace.
        List<String> lines = output.lines().filter(line -> !line.isBlank()).toList();
        int profiles = lines.indexOf(lines.stream().filter(line -> line.contains("The following 1 profile is active"))
                .findFirst().orElseThrow());
        assertThat(lines.get(profiles + 1)).as("the line after the profiles").contains("ERROR")
                .contains("LoggingFailureAnalysisReporter");
        assertThat(lines).as("lines on the console").hasSizeLessThan(30);
        assertThat(output).doesNotContain("\tat ", "Exception", "Tomcat", "HikariPool");
        assertThat(folder.resolve("data")).as("the H2 file").doesNotExist();
    }

    @Test
    void refusesToStartWithoutAnAdministratorPassword(QuietConsole.Output output) {
        StartRefused refused = refusal(output, prod(newDatabase(), ALLOW_H2, "--camunda.bpm.admin-user.password="),
                "Safar will not start in production: the administrator's password is not set");
        assertThat(refused.action()).startsWith("Set SAFAR_ADMIN_PASSWORD").contains("at least 10 characters");
        assertThat(refused.getExitCode()).isEqualTo(StartRefused.EXIT_CODE);
        // Allowed on H2, production says loudly where its data is, before it refuses.
        assertThat(output).contains("WARN").contains("PRODUCTION ON THE EMBEDDED DATABASE: Safar runs in production"
                + " on H2 (jdbc:h2:mem:safar-prod-");
        // Refused before any bean was made, so none fails over it.
        assertThat(output).doesNotContain("tasklistLocalization", "userLanguages", "Tomcat");
    }

    @Test
    void refusesAnAdministratorPasswordThatThePasswordPolicyRefuses(QuietConsole.Output output) {
        refusal(output, prod(newDatabase(), ALLOW_H2, "--camunda.bpm.admin-user.password=admin"),
                "Safar will not start in production: the administrator's password (SAFAR_ADMIN_PASSWORD) does not"
                        + " meet the password policy: at least 10 characters, at least 1 upper-case letter, at least 1"
                        + " digit, at least 1 special character, no user id, first name, last name or e-mail of the"
                        + " user in it");
        refusal(output, prod(newDatabase(), ALLOW_H2, "--camunda.bpm.admin-user.password=Admin-2026!"),
                "Safar will not start in production: the administrator's password (SAFAR_ADMIN_PASSWORD) does not"
                        + " meet the password policy: no user id, first name, last name or e-mail of the user in it");
    }

    @Test
    void refusesTheDemoInProduction(QuietConsole.Output output) {
        refusal(output, prod(newDatabase(), ALLOW_H2, "--camunda.bpm.admin-user.password=" + STRONG,
                "--safar.demo.enabled=true"), "Safar will not start in production: the demo is switched on"
                        + " (SAFAR_DEMO_ENABLED), and its accounts have their user ids as passwords");
    }

    @Test
    void refusesToStartOnPostgresWithoutTheDatabasesVariables(QuietConsole.Output output) {
        StartRefused refused = refusal(output, new SpringApplicationBuilder(SafarApplication.class)
                .profiles("prod", "postgres"), new String[] {"--camunda.bpm.admin-user.password=" + STRONG},
                "Safar will not start: its database is not set (SAFAR_DB_URL, SAFAR_DB_USER, SAFAR_DB_PASSWORD missing)");
        assertThat(refused.action()).contains("jdbc:postgresql://");
        assertThat(output).doesNotContain("must start with \"jdbc\"");
    }

    @Test
    void startsHardenedWithThePasswordPolicyAndTheAdministratorsPasswordOfEachStart() throws Exception {
        String database = newDatabase();
        // The engine logs the refusals of weak passwords below with their stack traces, and its REST API a 500.
        try (ConfigurableApplicationContext safar = start(prod(database, ALLOW_H2,
                "--camunda.bpm.admin-user.password=" + STRONG, "--logging.level.org.camunda.bpm.engine.context=off",
                "--logging.level.org.camunda.bpm.engine.rest.exception=off"))) {
            assertThat(safar.getBean(ProgrammeService.class).all()).as("demo programmes").isEmpty();
            IdentityService identity = safar.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().userId("aziza").count()).as("demo users").isZero();

            String base = "http://localhost:" + ((WebServerApplicationContext) safar).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> notFound = http.send(HttpRequest.newBuilder(URI.create(base + "/api/delegations/42"))
                    .header("Authorization", basic("admin", STRONG)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(notFound.statusCode()).isEqualTo(404);
            assertThat(notFound.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                    hsts -> assertThat(hsts).contains("max-age="));
            assertThat(notFound.body()).doesNotContain("Exception", "at org.");
            HttpResponse<String> console = http.send(HttpRequest.newBuilder(URI.create(base + "/h2-console")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(console.statusCode()).as("the H2 console").isIn(401, 404);

            HttpResponse<String> tasklist = http.send(HttpRequest.newBuilder(
                    URI.create(base + "/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(tasklist.headers().allValues("Set-Cookie")).isNotEmpty()
                    .allMatch(cookie -> cookie.contains("Secure") && cookie.contains("SameSite=Strict"));
            assertThat(tasklist.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                    .allMatch(cookie -> cookie.contains("HttpOnly"));

            // The password policy, wherever a password is set: in Java, and in the REST API that Admin calls.
            User weak = identity.newUser("rustam");
            weak.setPassword("123456");
            assertThatThrownBy(() -> identity.saveUser(weak)).isInstanceOf(ProcessEngineException.class)
                    .hasMessage("Password does not match policy");
            HttpResponse<String> refused = createUser(http, base, "rustam", "123456");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("Password does not match policy");
            assertThat(identity.createUserQuery().userId("rustam").count()).isZero();
            assertThat(createUser(http, base, "rustam", "Toshkent-Seul-7!").statusCode()).isEqualTo(204);

            // A liaison group made by hand in Admin, for a country without a programme yet.
            Group paris = identity.newGroup("embassy-FR");
            paris.setName("Embassy liaison, FR");
            paris.setType("WORKFLOW");
            identity.saveGroup(paris);
        }

        try (ConfigurableApplicationContext safar = start(prod(database, ALLOW_H2,
                "--camunda.bpm.admin-user.password=" + STRONGER))) {
            String base = "http://localhost:" + ((WebServerApplicationContext) safar).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            assertThat(call(http, base, "admin", STRONGER)).as("the administrator's new password").isEqualTo(200);
            assertThat(call(http, base, "admin", STRONG)).as("the administrator's old password").isEqualTo(401);
            assertThat(safar.getBean(AuthorizationService.class).isUserAuthorized(null, List.of("embassy-FR"),
                    Permissions.ACCESS, Resources.APPLICATION, "tasklist")).as("embassy-FR in Tasklist").isTrue();
        }
    }

    /**
     * A database that held the demo: production names its accounts and refuses; with new passwords for
     * them from files (SAFAR_SET_PASSWORDS), each held to the password policy, it starts, and the old
     * passwords no longer work.
     */
    @Test
    void aDatabaseThatHeldTheDemoStartsInProductionOnceItsAccountsHaveNewPasswords(QuietConsole.Output output,
            @TempDir Path secrets) throws Exception {
        String database = newDatabase();
        start(new SpringApplicationBuilder(SafarApplication.class), base(database)).close();

        StartRefused refused = refusal(output, prod(database, ALLOW_H2, "--camunda.bpm.admin-user.password=" + STRONG),
                "Safar will not start in production: these accounts still have a demo or default password: ");
        List<String> demoAccounts = Arrays.asList(refused.getMessage().substring(refused.getMessage().lastIndexOf(": ") + 2)
                .split(", "));
        assertThat(demoAccounts).as("accounts named").contains("aziza", "gulnoza", "tokyo", "sardor")
                .doesNotContain("admin");
        assertThat(refused.action()).startsWith("Give them new passwords at the next start with SAFAR_SET_PASSWORDS=")
                .contains("aziza=<file>");

        Path weak = Files.writeString(secrets.resolve("weak"), "aziza-2026\n");
        refusal(output, prod(database, ALLOW_H2, "--camunda.bpm.admin-user.password=" + STRONG,
                "--safar.set-passwords=aziza=" + weak), "Safar will not start: the new password of aziza (" + weak
                        + ") does not meet the password policy: at least 1 upper-case letter, no user id, first name,"
                        + " last name or e-mail of the user in it");

        Path retired = Files.writeString(secrets.resolve("retired"), "Eski-Demo-Yopildi-9\n");
        String setPasswords = demoAccounts.stream().map(id -> id + "=" + retired).collect(Collectors.joining(","));
        try (ConfigurableApplicationContext safar = start(prod(database, ALLOW_H2,
                "--camunda.bpm.admin-user.password=" + STRONG, "--safar.set-passwords=" + setPasswords))) {
            String base = "http://localhost:" + ((WebServerApplicationContext) safar).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            assertThat(call(http, base, "aziza", "Eski-Demo-Yopildi-9")).as("aziza's new password").isEqualTo(200);
            assertThat(call(http, base, "aziza", "aziza")).as("aziza's demo password").isEqualTo(401);
        }
        assertThat(output).contains("Set the password of aziza from " + retired);
        assertThat(output).as("stack traces on the console").doesNotContain("\tat ");
    }

    /** Starts the application expecting a refusal, and finds it reported as the description of a failed start. */
    private static StartRefused refusal(QuietConsole.Output output, Start start, String description) {
        return refusal(output, start.application(), start.args(), description);
    }

    private static StartRefused refusal(QuietConsole.Output output, SpringApplicationBuilder application, String[] args,
            String description) {
        int before = output.length();
        Throwable failure = catchThrowable(() -> application.run(args).close());
        forgetTheRefusedContext();
        StartRefused refused = cause(failure);
        assertThat(refused.getMessage()).startsWith(description);
        String console = output.toString().substring(before);
        assertThat(console).contains("APPLICATION FAILED TO START", "Description:\n\n" + refused.getMessage() + "\n",
                "Action:\n\n" + refused.action() + "\n");
        assertThat(console).as("stack traces on the console").doesNotContain("\tat ", "Application run failed");
        return refused;
    }

    /**
     * Camunda's webapp filters find the application in a static field (LazyInitRegistration.APPLICATION_CONTEXT
     * of the Spring Boot starter's webapp module). A context whose start was refused once it had made its beans
     * stays there, neither running nor closed, and the next start in this JVM would set up its filters from it.
     * A refused start in production ends its JVM; a test that starts again in the same one forgets it.
     */
    private static void forgetTheRefusedContext() {
        ReflectionTestUtils.setField(LazyInitRegistration.class, "APPLICATION_CONTEXT", null);
    }

    private static StartRefused cause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartRefused refused) {
                return refused;
            }
        }
        throw new AssertionError("Not refused, but failed", failure);
    }

    private record Start(SpringApplicationBuilder application, String[] args) {
    }

    private static Start prod(String database, String... settings) {
        return new Start(new SpringApplicationBuilder(SafarApplication.class).profiles("prod"),
                Stream.concat(Arrays.stream(base(database)), Arrays.stream(settings)).toArray(String[]::new));
    }

    private static ConfigurableApplicationContext start(Start start) {
        return start(start.application(), start.args());
    }

    private static ConfigurableApplicationContext start(SpringApplicationBuilder application, String... args) {
        return application.run(args);
    }

    private static String[] base(String database) {
        return new String[] {"--server.port=0", "--spring.datasource.url=" + database,
            "--camunda.bpm.job-execution.enabled=false"};
    }

    /** A database of the test's own, which lives on between the starts of one test. */
    private static String newDatabase() {
        return "jdbc:h2:mem:safar-prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    private static HttpResponse<String> createUser(HttpClient http, String base, String id, String password)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/user/create"))
                .header("Authorization", basic("admin", STRONG)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"profile": {"id": "%s", "firstName": "Rustam", "lastName": "Nazarov",
                         "email": "rustam@safar.example"}, "credentials": {"password": "%s"}}"""
                        .formatted(id, password))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of a call of the domain API as this user. */
    private static int call(HttpClient http, String base, String user, String password) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/programmes"))
                .header("Authorization", basic(user, password)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
