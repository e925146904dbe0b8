package org.safar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Every @SpringBootTest class starts from the database its application context started with, as if
 * it had the context to itself, while the context itself is shared through Spring's context cache.
 *
 * <p>The scenarios open, approve and cancel delegations of the demo staff: one class's approved trip
 * makes the same nominee ineligible in the next (an overlapping trip), its tasks show up in another's
 * task lists. So the first class to use a context saves its in-memory H2 database (H2's {@code SCRIPT},
 * a file under the tests' temporary folder) and every later class finds it put back ({@code DROP ALL
 * OBJECTS}, {@code RUNSCRIPT}): the same rows, the same identity counters, the same engine ids, so the
 * engine's caches of deployed definitions and Safar's of deployed forms stay right. Nothing runs between
 * classes: the test profile has no job executor.
 *
 * <p>A context on the embedded PostgreSQL (OnPostgres) cannot be put back this way; it is closed after
 * its class, so the next class gets a new database, as before the classes shared a JVM.
 */
public class DatabaseAsStarted extends AbstractTestExecutionListener {

    /** The saved database of each context's in-memory H2, by its JDBC URL (random per context). */
    private static final Map<String, Path> SAVED = new ConcurrentHashMap<>();
    private static final String IN_MEMORY = "jdbc:h2:mem:";
    private static final String PUT_BACK = DatabaseAsStarted.class.getName() + ".putBack";

    /**
     * Once per test class, when its first test instance is made: before any {@code @BeforeAll} of a
     * class with one instance, and without loading the context any earlier than Spring would (a
     * {@code @DynamicPropertySource} may read a server that a JUnit extension starts before all tests).
     */
    @Override
    public void prepareTestInstance(TestContext testContext) throws Exception {
        if (testContext.hasAttribute(PUT_BACK)) {
            return;
        }
        testContext.setAttribute(PUT_BACK, true);
        DataSource database = testContext.getApplicationContext().getBean(DataSource.class);
        String url = url(database);
        if (!url.startsWith(IN_MEMORY)) {
            return;
        }
        Path saved = SAVED.get(url);
        if (saved == null) {
            SAVED.put(url, save(database));
        } else {
            putBack(database, saved);
        }
    }

    @Override
    public void afterTestClass(TestContext testContext) throws Exception {
        if (testContext.hasApplicationContext()
                && !url(testContext.getApplicationContext().getBean(DataSource.class)).startsWith(IN_MEMORY)) {
            testContext.markApplicationContextDirty(null);
        }
    }

    /** After the listeners that load contexts and inject their beans; before those that close them. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }

    private static String url(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return connection.getMetaData().getURL();
        }
    }

    private static Path save(DataSource database) throws SQLException {
        Path file;
        try {
            file = Files.createTempFile("database-as-started-", ".sql");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file.toFile().deleteOnExit();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("SCRIPT NOPASSWORDS NOSETTINGS TO '" + file + "'");
        }
        return file;
    }

    private static void putBack(DataSource database, Path saved) throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP ALL OBJECTS");
            sql.execute("RUNSCRIPT FROM '" + saved + "'");
        }
    }
}
