package org.opsbench.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.opsbench.persistence.DataSources;

/**
 * Named counters in their own table, incremented under the row lock of one short transaction:
 * two workbenches on one database never get the same value. The first use of a name inserts
 * its row; if another workbench inserts it at the same moment, the loser simply increments.
 */
public final class Counters {

    static final String TABLE = "OB_COUNTER";

    private Counters() {
    }

    public static void createTable(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!SchemaVersions.tableExists(connection, TABLE)) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("CREATE TABLE " + TABLE + " (NAME VARCHAR(255) NOT NULL PRIMARY KEY, LAST_VALUE BIGINT NOT NULL)");
                }
            }
        }
    }

    public static long next(DataSource dataSource, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (int attempt = 0;; attempt++) {
                try {
                    long value = increment(connection, name);
                    connection.commit();
                    return value;
                } catch (SQLException e) {
                    connection.rollback();
                    if (!DataSources.isUniqueViolation(e) || attempt > 3) {
                        throw e;
                    }
                }
            }
        }
    }

    private static long increment(Connection connection, String name) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE + " SET LAST_VALUE = LAST_VALUE + 1 WHERE NAME = ?")) {
            update.setString(1, name);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (NAME, LAST_VALUE) VALUES (?, 1)")) {
                    insert.setString(1, name);
                    insert.executeUpdate();
                    return 1;
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT LAST_VALUE FROM " + TABLE + " WHERE NAME = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
