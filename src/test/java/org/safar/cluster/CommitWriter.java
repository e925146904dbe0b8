package org.safar.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Commits one row after another into the database at the URL given, and prints the number of
 * each row once its commit has returned: what the database has acknowledged. Run in a JVM of its
 * own by {@link EmbeddedDatabaseCommitTest}, which kills it.
 */
final class CommitWriter {

    private CommitWriter() {
    }

    public static void main(String[] args) throws SQLException {
        try (Connection db = DriverManager.getConnection(args[0], "sa", "")) {
            db.createStatement().execute("create table acknowledged (id int primary key, note varchar(200))");
            try (PreparedStatement insert = db.prepareStatement("insert into acknowledged values (?, ?)")) {
                for (int id = 1; ; id++) {
                    insert.setInt(1, id);
                    insert.setString(2, "row " + id + " of a commit the database acknowledged");
                    insert.executeUpdate();
                    System.out.println(id);
                }
            }
        }
    }
}
