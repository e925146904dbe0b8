package org.safar.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.zip.CRC32;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Migration 14: Camunda 7.24.0's tables, made by Camunda's own create scripts for the database at hand
 * (copied from the camunda-engine jar into {@code db/camunda/7.24.0}, unchanged), in the order the
 * engine's schema update ran them.
 *
 * <p>Java, not one SQL migration per vendor, because of the databases Safar made before Flyway owned
 * Camunda's tables: there the engine's schema update had created them, Flyway stands at 13, and the create
 * scripts would fail on the first table. This migration finds the tables there and, provided they are
 * 7.24's, only records that the schema is Flyway's from now on. Copies, not the jar's scripts, because the
 * migration must make the same tables whatever Camunda version Safar runs later: a fresh database then gets
 * 7.24's tables and, after them, the upgrade migrations that an installation of today went through
 * (README, "The database schema"). The checksum covers the copies, so Flyway's validation notices if one is
 * edited after it ran.
 *
 * <p>A Spring bean: Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class CamundaSchemaMigration implements JavaMigration {

    static final String CAMUNDA_VERSION = "7.24.0";
    private static final String FOLDER = "db/camunda/" + CAMUNDA_VERSION + "/";
    /** As the engine's schema update creates them (AbstractPersistenceSession.dbSchemaCreate). */
    private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("14");
    }

    @Override
    public String getDescription() {
        return "camunda " + CAMUNDA_VERSION;
    }

    @Override
    public Integer getChecksum() {
        CRC32 checksum = new CRC32();
        for (String database : List.of("h2", "postgres")) {
            for (String part : PARTS) {
                try (InputStream script = script(database, part).getInputStream()) {
                    checksum.update(script.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return (int) checksum.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String database = camundaName(connection.getMetaData());
        if (tableExists(connection, "ACT_GE_SCHEMA_LOG")) {
            requireMadeBy(connection, CAMUNDA_VERSION);
            return;
        }
        for (String part : PARTS) {
            ScriptUtils.executeSqlScript(connection, new EncodedResource(script(database, part), "UTF-8"));
        }
    }

    private static ClassPathResource script(String database, String part) {
        return new ClassPathResource(FOLDER + "activiti." + database + ".create." + part + ".sql");
    }

    /** Camunda's name for the database, as in its scripts' names. */
    private static String camundaName(DatabaseMetaData metadata) throws SQLException {
        return switch (metadata.getDatabaseProductName()) {
            case "H2" -> "h2";
            case "PostgreSQL" -> "postgres";
            default -> throw new FlywayException("Safar runs on H2 or PostgreSQL, not on " + metadata.getDatabaseProductName());
        };
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        String name = metadata.storesLowerCaseIdentifiers() ? table.toLowerCase() : table;
        try (ResultSet tables = metadata.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
            return tables.next();
        }
    }

    /**
     * Tables of another Camunda version would need its upgrade scripts first, which the engine's schema
     * update never ran: better refused here, by name, than failing in the middle of a process later.
     */
    private static void requireMadeBy(Connection connection, String version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select count(*) from ACT_GE_SCHEMA_LOG where VERSION_ = ?")) {
            query.setString(1, version);
            try (ResultSet count = query.executeQuery()) {
                count.next();
                if (count.getInt(1) == 0) {
                    throw new FlywayException("Camunda's tables exist but were not made for Camunda " + version
                            + " (see ACT_GE_SCHEMA_LOG): apply Camunda's upgrade scripts up to " + version + " first");
                }
            }
        }
    }
}
