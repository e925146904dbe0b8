package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.safar.SafarApplication;
import org.safar.programme.ProgrammeService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The prod profile: Safar refuses to start with a password anyone could guess, and once started it
 * has no demo data, secure cookies, HSTS and errors without stack traces.
 */
class ProductionProfileTest {

    private static final String DATABASE = "jdbc:h2:mem:safar-prod-check;DB_CLOSE_DELAY=-1";
    private static final String STRONG = "Ipak-Yoli-2026!";

    @Test
    void refusesToStartWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password=").close())
                .hasStackTraceContaining("Safar will not start in production: the administrator's password is not set");
    }

    @Test
    void refusesToStartWithADefaultAdministratorPassword() {
        assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password=admin").close())
                .hasStackTraceContaining("the administrator's password is a demo or default one");
    }

    @Test
    void startsHardenedAndRefusesAnAccountWithADemoPasswordAtTheNextStart() throws Exception {
        try (ConfigurableApplicationContext safar = start("--camunda.bpm.admin-user.password=" + STRONG)) {
            assertThat(safar.getBean(ProgrammeService.class).all()).as("demo programmes").isEmpty();
            IdentityService identity = safar.getBean(IdentityService.class);
            assertThat(identity.createUserQuery().userId("aziza").count()).as("demo users").isZero();

            int port = ((WebServerApplicationContext) safar).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> notFound = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/delegations/42"))
                    .header("Authorization", basic("admin", STRONG)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(notFound.statusCode()).isEqualTo(404);
            assertThat(notFound.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                    hsts -> assertThat(hsts).contains("max-age="));
            assertThat(notFound.body()).doesNotContain("Exception", "at org.");
            HttpResponse<String> console = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/h2-console")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(console.statusCode()).as("the H2 console").isIn(401, 404);

            HttpResponse<String> tasklist = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(tasklist.headers().allValues("Set-Cookie")).isNotEmpty()
                    .allMatch(cookie -> cookie.contains("Secure") && cookie.contains("SameSite=Strict"));
            assertThat(tasklist.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                    .allMatch(cookie -> cookie.contains("HttpOnly"));

            User weak = identity.newUser("rustam");
            weak.setPassword("rustam");
            identity.saveUser(weak);
        }
        assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password=" + STRONG).close())
                .hasStackTraceContaining("these accounts still have a demo or default password: rustam");
    }

    private static ConfigurableApplicationContext start(String adminPassword) {
        return new SpringApplicationBuilder(SafarApplication.class).profiles("prod").run(
                "--server.port=0", "--spring.datasource.url=" + DATABASE, "--camunda.bpm.job-execution.enabled=false",
                adminPassword);
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }
}
