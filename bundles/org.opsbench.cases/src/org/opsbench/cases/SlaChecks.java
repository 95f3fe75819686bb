package org.opsbench.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opsbench.cases.model.CasesPackage;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.persistence.DataSources;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseException;
import org.opsbench.cases.internal.Messages;
import org.opsbench.cases.internal.Ids;

/**
 * When each open case next needs the SLA evaluation: the earliest instant one of its reminders,
 * warnings, breaches or escalations can fall due, computed from the case's stored facts at a
 * version. A routine evaluation reads only the cases whose instant has come (an index range), not
 * every open case.
 * <p>
 * A derived cache in its own table, {@value #TABLE}, never domain data: a row may be dropped at any
 * time and the next full evaluation writes it again. It is kept out of the case rows so that the
 * evaluation never raises a case's version under an engineer editing it. Rows are written with
 * plain JDBC, outside any session.
 * <p>
 * Whoever changes a case outside {@link CaseDesk} calls {@link #recheck} after saving; a change
 * that is not announced is still found by the next full evaluation (at start and every hour).
 */
public final class SlaChecks {

    static final String TABLE = "OB_SLA_CHECK";

    /** The unique index the model declares on SlaEvent (serviceCaseId, eventKey). */
    private static final String EVENT_KEY_INDEX = Database.uniqueIndexName(CasesPackage.Literals.SLA_EVENT, "serviceCaseId,eventKey");

    /** A case's next check as computed from its facts at {@code caseVersion}; {@code nextAt} null: no clock runs. */
    public record Check(long caseVersion, Instant nextAt) {
    }

    private SlaChecks() {
    }

    /** Asks for the case to be evaluated at the next run, after a change saved at the case's current version. */
    public static void recheck(Database database, ServiceCase savedCase) {
        PersistentObject stored = (PersistentObject) savedCase;
        try (Connection connection = connection(database)) {
            upsert(connection, stored.getPersistentId(), stored.getPersistentVersion(), 0L, false);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** @return the ids of the cases whose next check is at or before {@code now} (changed cases first of all) */
    public static List<Long> due(Database database, Instant now) {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = connection(database);
                PreparedStatement select = connection.prepareStatement("SELECT CASE_ID FROM " + TABLE + " WHERE NEXT_CHECK_AT <= ?")) {
            select.setLong(1, now.toEpochMilli());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * @return "case id/event key" of the SLA events recorded for the given cases, or for every open case
     *         with null. Plain SQL over the mapped tables (OB_ + the class, snake-case columns): for
     *         a JPQL IN over the events, EclipseLink joined the case table, and Derby then probed the id
     *         list once per recorded event of the whole database.
     *         <p>
     *         The chunks name the (case, key) index for Derby: without current index statistics (a
     *         table that grew since they were taken) Derby's optimizer guesses that a 500-id IN list
     *         matches every row and scans the table. Measured on 600,000 events: 6.4 s for the first
     *         routine run after a burst, against 10-30 ms probing the index. Other databases read the
     *         override as a comment.
     */
    static Set<String> recordedKeys(Database database, List<Long> caseIds) {
        Set<String> keys = new HashSet<>();
        try (Connection connection = connection(database)) {
            if (caseIds == null) {
                try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                        "SELECT e.SERVICE_CASE_ID, e.EVENT_KEY FROM OB_SLA_EVENT e JOIN OB_SERVICE_CASE c ON c.ID = e.SERVICE_CASE_ID"
                                + " WHERE c.CLOSED_AT IS NULL")) {
                    while (rows.next()) {
                        keys.add(rows.getLong(1) + "/" + rows.getString(2));
                    }
                }
                return keys;
            }
            for (List<Long> chunk : Ids.chunks(caseIds)) {
                try (PreparedStatement select = connection.prepareStatement("SELECT SERVICE_CASE_ID, EVENT_KEY FROM OB_SLA_EVENT"
                        + " --DERBY-PROPERTIES index=" + EVENT_KEY_INDEX + "\n WHERE SERVICE_CASE_ID IN (" + Ids.placeholders(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            keys.add(rows.getLong(1) + "/" + rows.getString(2));
                        }
                    }
                }
            }
            return keys;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** @return every stored check by case id */
    public static Map<Long, Check> all(Database database) {
        Map<Long, Check> checks = new HashMap<>();
        try (Connection connection = connection(database);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT CASE_ID, CASE_VERSION, NEXT_CHECK_AT FROM " + TABLE)) {
            read(rows, checks);
            return checks;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Stores the checks just computed and removes those of cases no longer open, in one transaction;
     * rows that would not change are left alone. A check computed from an older version than the
     * stored one is not written: the case changed while it was evaluated, and its recheck stands.
     *
     * @param stored the rows as read before the evaluation (of at least the ids written)
     */
    static void write(Database database, Map<Long, Check> computed, Map<Long, Check> stored, Collection<Long> noLongerOpen) {
        try (Connection connection = connection(database)) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                    + " (CASE_ID, CASE_VERSION, NEXT_CHECK_AT) VALUES (?, ?, ?)");
                    PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE
                            + " SET CASE_VERSION = ?, NEXT_CHECK_AT = ? WHERE CASE_ID = ? AND CASE_VERSION <= ?");
                    PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE CASE_ID = ?")) {
                int inserts = 0;
                for (Map.Entry<Long, Check> entry : computed.entrySet()) {
                    Check before = stored.get(entry.getKey());
                    Check after = entry.getValue();
                    Long next = after.nextAt() == null ? null : after.nextAt().toEpochMilli();
                    if (before == null) {
                        insert.setLong(1, entry.getKey());
                        insert.setLong(2, after.caseVersion());
                        setNext(insert, 3, next);
                        insert.addBatch();
                        inserts++;
                    } else if (!before.equals(after)) {
                        update.setLong(1, after.caseVersion());
                        setNext(update, 2, next);
                        update.setLong(3, entry.getKey());
                        update.setLong(4, after.caseVersion());
                        update.addBatch();
                    }
                }
                for (long gone : noLongerOpen) {
                    delete.setLong(1, gone);
                    delete.addBatch();
                }
                update.executeBatch();
                delete.executeBatch();
                if (inserts > 0) {
                    insert.executeBatch();
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                if (!DataSources.isUniqueViolation(e)) {
                    throw e;
                }
                // Another workbench inserted some of the same rows meanwhile: write row by row.
                for (Map.Entry<Long, Check> entry : computed.entrySet()) {
                    Instant next = entry.getValue().nextAt();
                    upsert(connection, entry.getKey(), entry.getValue().caseVersion(), next == null ? null : next.toEpochMilli(), true);
                }
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE CASE_ID = ?")) {
                    for (long gone : noLongerOpen) {
                        delete.setLong(1, gone);
                        delete.executeUpdate();
                    }
                }
                connection.commit();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** @return the stored checks of the given cases */
    static Map<Long, Check> of(Database database, Collection<Long> caseIds) {
        Map<Long, Check> checks = new HashMap<>();
        List<Long> ids = List.copyOf(caseIds);
        try (Connection connection = connection(database)) {
            for (List<Long> chunk : Ids.chunks(ids)) {
                try (PreparedStatement select = connection.prepareStatement("SELECT CASE_ID, CASE_VERSION, NEXT_CHECK_AT FROM " + TABLE
                        + " WHERE CASE_ID IN (" + Ids.placeholders(chunk.size()) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        read(rows, checks);
                    }
                }
            }
            return checks;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static void read(ResultSet rows, Map<Long, Check> into) throws SQLException {
        while (rows.next()) {
            long next = rows.getLong(3);
            into.put(rows.getLong(1), new Check(rows.getLong(2), rows.wasNull() ? null : Instant.ofEpochMilli(next)));
        }
    }

    private static DatabaseException failure(SQLException e) {
        return new DatabaseException(Messages.format("slaChecksFailed", e.getMessage()), e);
    }

    /**
     * Updates the row, or inserts it when there is none. With {@code onlyIfNotNewer}, an update applies
     * only when the stored version is not newer than {@code version}. Another workbench inserting the
     * same row first is no failure: its row is then updated like any other.
     */
    private static void upsert(Connection connection, long caseId, long version, Long nextAt, boolean onlyIfNotNewer)
            throws SQLException {
        for (int attempt = 0;; attempt++) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + TABLE + " SET CASE_VERSION = ?, NEXT_CHECK_AT = ?"
                    + " WHERE CASE_ID = ?" + (onlyIfNotNewer ? " AND CASE_VERSION <= ?" : ""))) {
                update.setLong(1, version);
                setNext(update, 2, nextAt);
                update.setLong(3, caseId);
                if (onlyIfNotNewer) {
                    update.setLong(4, version);
                }
                if (update.executeUpdate() > 0 || exists(connection, caseId)) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                    + " (CASE_ID, CASE_VERSION, NEXT_CHECK_AT) VALUES (?, ?, ?)")) {
                insert.setLong(1, caseId);
                insert.setLong(2, version);
                setNext(insert, 3, nextAt);
                insert.executeUpdate();
                return;
            } catch (SQLException e) {
                if (!DataSources.isUniqueViolation(e) || attempt > 2) {
                    throw e;
                }
            }
        }
    }

    private static boolean exists(Connection connection, long caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM " + TABLE + " WHERE CASE_ID = ?")) {
            select.setLong(1, caseId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void setNext(PreparedStatement statement, int index, Long nextAt) throws SQLException {
        if (nextAt == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, nextAt);
        }
    }

    /** Instants as epoch milliseconds: the same on every database and in every time zone. */
    private static Connection connection(Database database) throws SQLException {
        return DerivedTables.connect(database, TABLE, List.of("CREATE TABLE " + TABLE + " (CASE_ID BIGINT NOT NULL PRIMARY KEY,"
                + " CASE_VERSION BIGINT NOT NULL, NEXT_CHECK_AT BIGINT)", "CREATE INDEX IX_SLA_CHECK_NEXT_CHECK_AT ON " + TABLE
                + " (NEXT_CHECK_AT)"));
    }
}
