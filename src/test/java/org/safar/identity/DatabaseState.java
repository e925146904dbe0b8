package org.safar.identity;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The state of the test's H2 database that a refused call must leave alone, and a copy of it to go back to.
 *
 * <p>A {@link Fingerprint} covers Safar's own tables (every table of the schema that is not Camunda's)
 * and the engine's runtime, repository and identity tables, each by its row count and a hash of the
 * content of all its rows (large-object columns left out: the engine bumps a row's revision when it
 * changes one). Rows are combined without regard to order, so no primary key is needed. The engine's
 * metrics table is left out: a timer of its own writes it, not the calls.
 *
 * <p>{@link #keep()} copies every table into a schema of its own; {@link #restore()} puts that copy back,
 * history included, so that a call which changed something (allowed, or wrongly not refused) leaves the
 * next call the same fixture. Both speak H2, the database of the test profile; the engine and Safar keep
 * nothing of these tables in memory between commands (the deployments, cached, are never changed back).
 */
final class DatabaseState {

    private static final String SCHEMA = "PUBLIC";
    private static final String KEPT = "MATRIX_FIXTURE";
    private static final List<String> ENGINE_TABLES_WATCHED = List.of("ACT_RU_", "ACT_RE_", "ACT_ID_", "ACT_GE_");
    private static final Set<String> NOT_WATCHED = Set.of("ACT_RU_METER_LOG");
    private static final Set<Integer> LARGE_OBJECTS = Set.of(Types.BLOB, Types.CLOB, Types.NCLOB, Types.LONGVARBINARY,
            Types.VARBINARY, Types.BINARY);

    /** Per table: the number of rows and a hash of their content. */
    record Fingerprint(Map<String, String> tables) {

        /** The tables that differ, with their counts before and after. */
        String differencesTo(Fingerprint after) {
            List<String> changed = new ArrayList<>();
            Set<String> names = new TreeSet<>(tables.keySet());
            names.addAll(after.tables.keySet());
            for (String table : names) {
                String before = tables.get(table);
                String now = after.tables.get(table);
                if (!Objects.equals(before, now)) {
                    changed.add(table + " " + rows(before) + "→" + rows(now) + " rows"
                            + (rows(before).equals(rows(now)) ? ", content changed" : ""));
                }
            }
            return String.join("; ", changed);
        }

        private static String rows(String entry) {
            return entry == null ? "-" : entry.substring(0, entry.indexOf(':'));
        }
    }

    private final DataSource dataSource;
    private List<String> allTables;
    private List<String> watchedTables;

    DatabaseState(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Fingerprint fingerprint() {
        Map<String, String> tables = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : watchedTables()) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + SCHEMA + ".\"" + table + "\"")) {
                    tables.put(table, summary(rows));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Fingerprint(tables);
    }

    /** Keeps a copy of every table as it is now; {@link #restore()} goes back to it. */
    void keep() {
        inOneTransaction(statement -> {
            statement.execute("DROP SCHEMA IF EXISTS " + KEPT + " CASCADE");
            statement.execute("CREATE SCHEMA " + KEPT);
            for (String table : allTables()) {
                statement.execute("CREATE TABLE " + KEPT + ".\"" + table + "\" AS SELECT * FROM " + SCHEMA + ".\""
                        + table + "\"");
            }
        });
    }

    /** Puts back every table as {@link #keep()} found it. */
    void restore() {
        inOneTransaction(statement -> {
            statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
            try {
                for (String table : allTables()) {
                    statement.execute("DELETE FROM " + SCHEMA + ".\"" + table + "\"");
                    statement.execute("INSERT INTO " + SCHEMA + ".\"" + table + "\" SELECT * FROM " + KEPT + ".\""
                            + table + "\"");
                }
            } finally {
                statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        });
    }

    private interface Work {
        void run(Statement statement) throws SQLException;
    }

    private void inOneTransaction(Work work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                work.run(statement);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String summary(ResultSet rows) throws SQLException {
        ResultSetMetaData columns = rows.getMetaData();
        List<Integer> compared = new ArrayList<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            if (!LARGE_OBJECTS.contains(columns.getColumnType(i))) {
                compared.add(i);
            }
        }
        long count = 0;
        long sum = 0;
        while (rows.next()) {
            StringBuilder row = new StringBuilder();
            for (int column : compared) {
                row.append(rows.getString(column)).append('\u0001');
            }
            sum += fnv1a(row.toString());
            count++;
        }
        return count + ":" + Long.toHexString(sum);
    }

    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private List<String> watchedTables() {
        if (watchedTables == null) {
            watchedTables = allTables().stream()
                    .filter(table -> !table.startsWith("ACT_") || ENGINE_TABLES_WATCHED.stream().anyMatch(table::startsWith))
                    .filter(table -> !NOT_WATCHED.contains(table))
                    .toList();
        }
        return watchedTables;
    }

    private List<String> allTables() {
        if (allTables == null) {
            List<String> tables = new ArrayList<>();
            try (Connection connection = dataSource.getConnection()) {
                DatabaseMetaData metadata = connection.getMetaData();
                try (ResultSet found = metadata.getTables(null, SCHEMA, "%", new String[] {"TABLE", "BASE TABLE"})) {
                    while (found.next()) {
                        tables.add(found.getString("TABLE_NAME"));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            tables.sort(null);
            allTables = List.copyOf(tables);
        }
        return allTables;
    }
}
