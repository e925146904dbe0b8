package org.safar.operations;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.spring.boot.starter.property.AdminUserProperty;
import org.safar.StartRefused;
import org.safar.engine.CamundaDefaultPasswordPolicy;
import org.safar.identity.PasswordRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * The settings Safar checks before any of it starts, so that a start that cannot go well ends at
 * once with one line saying what to set ({@link StartRefused}), before the engine, the web server or
 * any bean fails over it. It runs once the configuration is complete, initializers' settings
 * included, and before the first bean is made: right after the banner and the profiles' line
 * (registered in META-INF/spring.factories).
 *
 * <ul>
 *   <li>In every profile, the database's settings are there: a missing SAFAR_DB_URL is named, not
 *       left to fail later as "'url' must start with "jdbc"".</li>
 *   <li>In prod: PostgreSQL rather than the embedded H2 file, unless that is explicitly allowed, and
 *       then a warning; no demo data, whose accounts have their user ids as passwords; and an
 *       administrator's password that meets the password policy the engine applies in production
 *       ({@link PasswordRule}, Camunda's default policy as {@link CamundaDefaultPasswordPolicy} builds it
 *       before the engine exists), since the starter saves it through that policy.</li>
 * </ul>
 */
class StartSettings implements ApplicationListener<ApplicationPreparedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartSettings.class);

    /** A placeholder without a default, such as ${SAFAR_DB_URL}. */
    private static final Pattern REQUIRED_PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)}");

    private static final List<String> DATABASE_SETTINGS = List.of("spring.datasource.url",
            "spring.datasource.username", "spring.datasource.password");

    private static final String DATABASE_ACTION = "Set SAFAR_DB_URL to the JDBC URL of Safar's PostgreSQL database"
            + " (e.g. jdbc:postgresql://db.example.org:5432/safar), SAFAR_DB_USER to its user and SAFAR_DB_PASSWORD"
            + " to its password, best as a secret file (README, Running in production)";

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        ConfigurableEnvironment environment = event.getApplicationContext().getEnvironment();
        checkDatabaseSettings(environment);
        if (environment.matchesProfiles("prod")) {
            checkProductionDatabase(environment);
            checkNoDemo(environment);
            checkAdministrator(environment);
        }
    }

    private static void checkDatabaseSettings(ConfigurableEnvironment environment) {
        List<String> missing = DATABASE_SETTINGS.stream()
                .flatMap(setting -> rawValue(environment, setting).stream())
                .flatMap(value -> REQUIRED_PLACEHOLDER.matcher(value).results().map(found -> found.group(1)))
                .filter(variable -> !environment.containsProperty(variable)).distinct().toList();
        if (!missing.isEmpty()) {
            throw StartRefused.because("its database is not set (" + String.join(", ", missing) + " missing)",
                    DATABASE_ACTION);
        }
        String url = environment.getProperty("spring.datasource.url");
        if (url != null && !url.startsWith("jdbc:")) {
            throw StartRefused.because("the database URL is not a JDBC URL: " + withoutParameters(url),
                    "Write SAFAR_DB_URL as jdbc:postgresql://host:5432/database");
        }
    }

    private static void checkProductionDatabase(ConfigurableEnvironment environment) {
        String url = Objects.requireNonNullElse(environment.getProperty("spring.datasource.url"), "");
        if (!url.startsWith("jdbc:h2:")) {
            return;
        }
        if (!environment.getProperty("safar.production.allow-embedded-database", Boolean.class, false)) {
            throw StartRefused.inProduction("the database is the embedded H2 (" + withoutParameters(url)
                    + "), a file on this machine that one node alone can use",
                    "Add the postgres profile (SPRING_PROFILES_ACTIVE=prod,postgres) and set SAFAR_DB_URL,"
                            + " SAFAR_DB_USER and SAFAR_DB_PASSWORD; to run one node on H2 all the same, set"
                            + " SAFAR_ALLOW_EMBEDDED_DATABASE=true");
        }
        LOG.warn("PRODUCTION ON THE EMBEDDED DATABASE: Safar runs in production on H2 ({}), as"
                + " SAFAR_ALLOW_EMBEDDED_DATABASE allows: one node only, every piece of work in a file of this"
                + " machine, backed up only while Safar is stopped. PostgreSQL (profile postgres) is the"
                + " production database.", withoutParameters(url));
    }

    private static void checkNoDemo(ConfigurableEnvironment environment) {
        if (environment.getProperty("safar.demo.enabled", Boolean.class, false)) {
            throw StartRefused.inProduction("the demo is switched on (SAFAR_DEMO_ENABLED), and its accounts"
                    + " have their user ids as passwords",
                    "Remove SAFAR_DEMO_ENABLED or set it to false; the demo runs without the prod profile");
        }
    }

    private static void checkAdministrator(ConfigurableEnvironment environment) {
        AdminUserProperty admin = Binder.get(environment).bind("camunda.bpm.admin-user", AdminUserProperty.class)
                .orElseGet(AdminUserProperty::new);
        PasswordPolicy policy = CamundaDefaultPasswordPolicy.POLICY;
        if (isBlank(admin.getId())) {
            throw StartRefused.inProduction("no administrator is configured",
                    "Set SAFAR_ADMIN_USER to the administrator's user id and SAFAR_ADMIN_PASSWORD to their password");
        }
        if (isBlank(admin.getPassword())) {
            throw StartRefused.inProduction("the administrator's password is not set",
                    "Set SAFAR_ADMIN_PASSWORD, or put it in a secret file of that name read with"
                            + " SPRING_CONFIG_IMPORT=configtree:<folder>/ (README, Running in production): "
                            + PasswordRule.requirements(policy) + "; " + admin.getId()
                            + "'s password is set to it at every start");
        }
        admin.init();
        PasswordRule.broken(policy, admin.getPassword(), admin).ifPresent(broken -> {
            throw StartRefused.inProduction("the administrator's password (SAFAR_ADMIN_PASSWORD) does not meet the"
                    + " password policy: " + broken, "Choose another SAFAR_ADMIN_PASSWORD: "
                    + PasswordRule.requirements(policy));
        });
    }

    /** The setting as written, its placeholders unresolved, from the source that wins. */
    private static Optional<String> rawValue(ConfigurableEnvironment environment, String setting) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            Object value = source.getProperty(setting);
            if (value != null) {
                return Optional.of(value.toString());
            }
        }
        return Optional.empty();
    }

    /** A JDBC URL without its parameters, which may carry credentials. */
    private static String withoutParameters(String url) {
        Matcher parameters = Pattern.compile("[;?]").matcher(url);
        return parameters.find() ? url.substring(0, parameters.start()) : url;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
