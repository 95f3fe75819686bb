package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opsbench.cases.tests.CaseFixture.shanghai;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opsbench.cases.ActivityLog;
import org.opsbench.cases.CaseDefaults;
import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cli.api.OpsBenchCli;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;

/** opsbench-cli verify-activity-log, contributed by the case feature's command plug-in, on a real workspace database. */
@ExtendWith(EnglishLocale.class)
class VerifyActivityLogCommandTest {

    record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path workspace;

    @Test
    void theCommandLineVerifiesEveryCaseLogAndNamesTheFirstBrokenRecord() throws Exception {
        try (Database database = CaseFixture.open(workspace.resolve("database"))) {
            CaseFixture.installDefaults(database);
            CaseFixture.openCase(database, "C-1", "P1", CaseFixture.FIVE_BY_EIGHT, CaseDefaults.MATRIX_PLAN, shanghai("2026-11-23T09:00"));
            long second = CaseFixture.openCase(database, "C-2", "P3", CaseFixture.FIVE_BY_EIGHT, CaseDefaults.MATRIX_PLAN,
                    shanghai("2026-11-23T09:30"));
            try (ModelSession session = database.openSession()) {
                ServiceCase serviceCase = session.find(ServiceCase.class, second);
                ActivityLog.append(serviceCase, ActivityKind.CALL, shanghai("2026-11-23T09:40"), "engineer", "Called back", false);
                ActivityLog.append(serviceCase, ActivityKind.NOTE, shanghai("2026-11-23T09:45"), "customer", "Outage since 09:00", true);
                session.save();
            }
        }
        Run help = run("--help");
        assertTrue(help.out().contains("verify-activity-log"), help.out());

        Run intact = run("--workspace", workspace.toString(), "verify-activity-log");
        assertEquals(0, intact.exitCode(), intact.err());
        assertEquals("2 case(s), 4 record(s) checked: every chain is intact.", intact.out().strip());

        try (Database database = CaseFixture.open(workspace.resolve("database"));
                Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("UPDATE OB_ACTIVITY SET TEXT = 'Outage since 11:00' WHERE TEXT = 'Outage since 09:00'"));
        }
        Run broken = run("--workspace", workspace.toString(), "verify-activity-log");
        assertEquals(1, broken.exitCode());
        assertEquals("Case C-2, record 3: its content does not match its hash (changed after it was written).", broken.err().strip());
        assertEquals("2 case(s), 4 record(s) checked: 1 broken.", broken.out().strip());

        assertEquals(0, run("--workspace", workspace.toString(), "verify-activity-log", "--case", "C-1").exitCode());

        // Cutting off C-1's newest (and only) record is named like any other break.
        try (Database database = CaseFixture.open(workspace.resolve("database"));
                Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("DELETE FROM OB_ACTIVITY WHERE IN_SERVICE_CASE_ACTIVITIES = (SELECT ID"
                    + " FROM OB_SERVICE_CASE WHERE NUMBER_ = 'C-1')"));
        }
        Run truncated = run("--workspace", workspace.toString(), "verify-activity-log", "--case", "C-1");
        assertEquals(1, truncated.exitCode());
        assertEquals("Case C-1, record 1: it is missing: the log ends after record 0, but the case's anchor says it has 1 record"
                + " (the newest were removed).", truncated.err().strip());
        Run unknown = run("--workspace", workspace.toString(), "verify-activity-log", "--case", "C-77");
        assertEquals(1, unknown.exitCode());
        assertEquals("No case is numbered C-77.", unknown.err().strip());
    }

    private static Run run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OpsBenchCli.run(arguments, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
