package org.opsbench.services.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.opsbench.persistence.Database;
import org.opsbench.services.Scheduler;

/**
 * The last run of each task on each machine, in table OB_TASK_RUN (made when first needed, like the
 * counters): what service health shows and what tells a task that keeps failing.
 */
public final class TaskRuns {

    static final String TABLE = "OB_TASK_RUN";
    private static final int TEXT = 1000;

    private TaskRuns() {
    }

    /** Records a run as its task's last on its machine, counting failures in a row. */
    public static void record(Database database, Scheduler.Run run, Instant nextRun) {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            createIfMissing(connection);
            int failures = 0;
            try (PreparedStatement read = connection.prepareStatement("SELECT FAILURES_IN_A_ROW FROM " + TABLE
                    + " WHERE TASK_ID = ? AND MACHINE = ?")) {
                read.setString(1, run.taskId());
                read.setString(2, run.machine());
                try (ResultSet row = read.executeQuery()) {
                    failures = row.next() ? row.getInt(1) : -1;
                }
            }
            int inARow = run.failed() ? Math.max(failures, 0) + 1 : 0;
            String sql = failures < 0
                    ? "INSERT INTO " + TABLE + " (LAST_START, LAST_DURATION_MS, LAST_OUTCOME, LAST_FAILURE, FAILURES_IN_A_ROW, NEXT_RUN,"
                            + " TASK_ID, MACHINE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    : "UPDATE " + TABLE + " SET LAST_START = ?, LAST_DURATION_MS = ?, LAST_OUTCOME = ?, LAST_FAILURE = ?, FAILURES_IN_A_ROW = ?,"
                            + " NEXT_RUN = ? WHERE TASK_ID = ? AND MACHINE = ?";
            try (PreparedStatement write = connection.prepareStatement(sql)) {
                write.setTimestamp(1, Timestamp.from(run.startedAt()));
                write.setLong(2, run.duration().toMillis());
                write.setString(3, cut(run.outcome().summary()));
                write.setString(4, cut(run.failure()));
                write.setInt(5, inARow);
                write.setTimestamp(6, Timestamp.from(nextRun));
                write.setString(7, run.taskId());
                write.setString(8, run.machine());
                write.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Recording the run of " + run.taskId() + " failed: " + e.getMessage(), e);
        }
    }

    /** @return every recorded last run, by task then machine; empty before the first */
    public static List<Scheduler.Health> read(Database database) {
        List<Scheduler.Health> health = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection()) {
            createIfMissing(connection);
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT TASK_ID, MACHINE, LAST_START, LAST_DURATION_MS, LAST_OUTCOME, LAST_FAILURE,"
                            + " FAILURES_IN_A_ROW, NEXT_RUN FROM " + TABLE + " ORDER BY TASK_ID, MACHINE")) {
                while (rows.next()) {
                    health.add(new Scheduler.Health(rows.getString(1), rows.getString(2), rows.getTimestamp(3).toInstant(),
                            Duration.ofMillis(rows.getLong(4)), rows.getString(5), rows.getString(6), rows.getInt(7),
                            rows.getTimestamp(8).toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the task runs failed: " + e.getMessage(), e);
        }
        return health;
    }

    private static void createIfMissing(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, null, new String[] { "TABLE" })) {
            while (tables.next()) {
                if (TABLE.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                    return;
                }
            }
        }
        boolean autoCommit = connection.getAutoCommit();
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE " + TABLE + " (TASK_ID VARCHAR(255) NOT NULL, MACHINE VARCHAR(255) NOT NULL,"
                    + " LAST_START TIMESTAMP NOT NULL, LAST_DURATION_MS BIGINT NOT NULL, LAST_OUTCOME VARCHAR(" + TEXT + "),"
                    + " LAST_FAILURE VARCHAR(" + TEXT + "), FAILURES_IN_A_ROW INTEGER NOT NULL, NEXT_RUN TIMESTAMP NOT NULL,"
                    + " PRIMARY KEY (TASK_ID, MACHINE))");
            if (!autoCommit) {
                connection.commit();
            }
        } catch (SQLException e) {
            // another machine made it a moment ago (Derby X0Y32, PostgreSQL 42P07): use theirs
            if (!"X0Y32".equals(e.getSQLState()) && !"42P07".equals(e.getSQLState())) {
                throw e;
            }
            if (!autoCommit) {
                connection.rollback();
            }
        }
    }

    private static String cut(String text) {
        return text == null || text.length() <= TEXT ? text : text.substring(0, TEXT - 1) + "\u2026";
    }
}
