package org.opsbench.cases.tests;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.opsbench.cases.CaseDefaults;
import org.opsbench.cases.model.EscalationPlan;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.model.BusinessCalendar;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;

/** What the benchmark harnesses share: storing many cases, timing, medians and percentiles, the report file. */
final class Benchmarks {

    /** Makes the case of the given index, on one of the calendars, under the escalation matrix. */
    interface CaseMaker {
        ServiceCase make(int index, List<BusinessCalendar> calendars, EscalationPlan plan);
    }

    private Benchmarks() {
    }

    /** Stores {@code count} cases in sessions of {@code perSession}, each session one save. */
    static void storeCases(Database database, int count, int perSession, CaseMaker maker) {
        for (int first = 0; first < count; first += perSession) {
            try (ModelSession session = database.openSession()) {
                List<BusinessCalendar> calendars = session.findAll(BusinessCalendar.class, "name");
                EscalationPlan plan = session.query("SELECT p FROM EscalationPlan p WHERE p.name = ?1", EscalationPlan.class,
                        CaseDefaults.MATRIX_PLAN).get(0);
                for (int i = first; i < Math.min(count, first + perSession); i++) {
                    session.add(maker.make(i, calendars, plan));
                }
                session.save(new NullProgressMonitor());
            }
        }
    }

    /** Runs the query and reads every column of every row as an object, as a list would. @return the rows read */
    static int readAll(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            int count = 0;
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getObject(column);
                }
                count++;
            }
            return count;
        }
    }
}
