package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opsbench.cases.tests.CaseFixture.shanghai;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opsbench.cases.ActivityLog;
import org.opsbench.cases.CaseDefaults;
import org.opsbench.cases.CaseException;
import org.opsbench.cases.CaseNumbers;
import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DuplicateValueException;
import org.opsbench.persistence.ModelSession;

@ExtendWith(EnglishLocale.class)
@Tag("all-databases")
class CaseNumbersAndLogTest {

    @RegisterExtension
    final CaseDatabase db = new CaseDatabase();



    @Test
    void numbersFollowThePatternAndRestartEachDay() {
        CaseNumbers numbers = CaseNumbers.parse("C-{yyyyMMdd}-{seq:4}");
        Instant today = shanghai("2026-11-22T23:30");
        assertEquals("C-20261122-0001", numbers.next(db.get(), today, CaseFixture.SHANGHAI));
        assertEquals("C-20261122-0002", numbers.next(db.get(), today, CaseFixture.SHANGHAI));
        assertEquals("C-20261123-0001", numbers.next(db.get(), shanghai("2026-11-23T00:10"), CaseFixture.SHANGHAI));
        CaseNumbers yearly = CaseNumbers.parse("HD/{yyyy}/{seq}");
        assertEquals("HD/2026/1", yearly.next(db.get(), today, CaseFixture.SHANGHAI));
        assertEquals("HD/2026/2", yearly.next(db.get(), shanghai("2026-12-31T12:00"), CaseFixture.SHANGHAI));
    }

    @Test
    void malformedPatternsAreRefusedWithTheReason() {
        assertEquals("The case number pattern \"C-{yyyyMMdd}\" cannot be used: it needs a counter, {seq} or {seq:4}.",
                assertThrows(CaseException.class, () -> CaseNumbers.parse("C-{yyyyMMdd}")).getMessage());
        assertEquals("The case number pattern \"C-{yyyyMMdd-{seq}\" cannot be used: \"yyyyMMdd-{seq\" is not a date field (use e.g. yyyyMMdd).",
                assertThrows(CaseException.class, () -> CaseNumbers.parse("C-{yyyyMMdd-{seq}")).getMessage());
        assertEquals("The case number pattern \"C-{seq\" cannot be used: a brace is not closed.",
                assertThrows(CaseException.class, () -> CaseNumbers.parse("C-{seq")).getMessage());
    }

    @Test
    void workbenchesCreatingCasesAtOnceNeverShareANumber() throws Exception {
        CaseNumbers numbers = CaseNumbers.parse("C-{yyyyMMdd}-{seq:4}");
        Instant now = shanghai("2026-11-22T10:00");
        try (Database other = db.openAnother()) {
            List<Callable<List<String>>> benches = new ArrayList<>();
            for (int bench = 0; bench < 4; bench++) {
                Database workbench = bench % 2 == 0 ? db.get() : other;
                int b = bench;
                benches.add(() -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        String number = numbers.next(workbench, now, CaseFixture.SHANGHAI);
                        CaseFixture.openCase(workbench, number, "P3", CaseFixture.FIVE_BY_EIGHT, CaseDefaults.MATRIX_PLAN, now);
                        mine.add(number);
                    }
                    return mine;
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<String> all = new ArrayList<>();
            for (Future<List<String>> result : pool.invokeAll(benches)) {
                all.addAll(result.get());
            }
            pool.shutdown();
            Collections.sort(all);
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= 100; i++) {
                expected.add(String.format("C-20261122-%04d", i));
            }
            assertEquals(expected, all, "100 distinct, gap-free numbers");
        }
        // The db.get() itself refuses a duplicate number, whatever hands it out.
        DuplicateValueException duplicate = assertThrows(DuplicateValueException.class, () -> CaseFixture.openCase(db.get(),
                "C-20261122-0007", "P3", CaseFixture.FIVE_BY_EIGHT, CaseDefaults.MATRIX_PLAN, now));
        assertTrue(duplicate.getMessage().startsWith("Nothing was saved: a value that must be unique is stored already"),
                duplicate.getMessage());
    }

    @Test
    void theActivityLogNamesTheFirstRecordChangedInTheDatabase() throws Exception {
        long id = CaseFixture.openCase(db.get(), "C-9", "P2", CaseFixture.FIVE_BY_EIGHT, CaseDefaults.MATRIX_PLAN,
                shanghai("2026-11-23T09:00"));
        try (ModelSession session = db.get().openSession()) {
            ServiceCase serviceCase = session.find(ServiceCase.class, id);
            ActivityLog.append(serviceCase, ActivityKind.CALL, shanghai("2026-11-23T09:05"), "engineer", "Called Ms. Example", false);
            ActivityLog.append(serviceCase, ActivityKind.NOTE, shanghai("2026-11-23T09:07"), "customer", "Please call after 10:00",
                    true);
            ActivityLog.append(serviceCase, ActivityKind.REMOTE_SESSION, shanghai("2026-11-23T10:15"), "engineer",
                    "Remote session: link flapping on port 24", false);
            session.save();
        }
        try (ModelSession session = db.get().openSession()) {
            ServiceCase stored = session.find(ServiceCase.class, id);
            assertEquals(4, stored.getActivities().size());
            assertEquals(Optional.empty(), ActivityLog.verify(stored));
        }
        try (Connection connection = db.get().dataSource().getConnection(); Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("UPDATE OB_ACTIVITY SET TEXT = 'Please call after 14:00' WHERE ORDINAL = 3"));
        }
        try (ModelSession session = db.get().openSession()) {
            ActivityLog.Break broken = ActivityLog.verify(session.find(ServiceCase.class, id)).orElseThrow();
            assertEquals(3, broken.ordinal());
            assertEquals("Case C-9, record 3: its content does not match its hash (changed after it was written).", broken.message());
        }
        try (Connection connection = db.get().dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM OB_ACTIVITY WHERE ORDINAL = 2");
        }
        try (ModelSession session = db.get().openSession()) {
            ActivityLog.Break broken = ActivityLog.verify(session.find(ServiceCase.class, id)).orElseThrow();
            assertEquals("Case C-9, record 3: it is out of order (expected record 2).", broken.message());
        }
    }

    @Test
    void removingTheNewestRecordsOfALogIsFoundThroughItsAnchor() throws Exception {
        long id = CaseFixture.openCase(db.get(), "C-10", "P2", CaseFixture.FIVE_BY_EIGHT, CaseDefaults.MATRIX_PLAN,
                shanghai("2026-11-23T09:00"));
        try (ModelSession session = db.get().openSession()) {
            ServiceCase serviceCase = session.find(ServiceCase.class, id);
            ActivityLog.append(serviceCase, ActivityKind.CALL, shanghai("2026-11-23T09:05"), "engineer", "Called the customer", false);
            ActivityLog.append(serviceCase, ActivityKind.NOTE, shanghai("2026-11-23T09:30"), "engineer", "Promised a visit by 12:00", true);
            session.save();
        }
        try (ModelSession session = db.get().openSession()) {
            ServiceCase stored = session.find(ServiceCase.class, id);
            assertEquals(3, stored.getLogLength(), "the anchor counts every record");
            assertEquals(stored.getActivities().get(2).getHash(), stored.getLogHead());
        }
        try (Connection connection = db.get().dataSource().getConnection(); Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("DELETE FROM OB_ACTIVITY WHERE ORDINAL = 3 AND TEXT = 'Promised a visit by 12:00'"));
        }
        try (ModelSession session = db.get().openSession()) {
            ActivityLog.Break broken = ActivityLog.verify(session.find(ServiceCase.class, id)).orElseThrow();
            assertEquals(3, broken.ordinal(), "the first missing record");
            assertEquals("Case C-10, record 3: it is missing: the log ends after record 2, but the case's anchor says it has 3 records"
                    + " (the newest were removed).", broken.message());
        }
        try (Connection connection = db.get().dataSource().getConnection(); Statement statement = connection.createStatement()) {
            // covering the removal by clearing the anchor is found as well
            assertEquals(1, statement.executeUpdate("UPDATE OB_SERVICE_CASE SET LOG_LENGTH = 0, LOG_HEAD = NULL WHERE NUMBER_ = 'C-10'"));
        }
        try (ModelSession session = db.get().openSession()) {
            ActivityLog.Break broken = ActivityLog.verify(session.find(ServiceCase.class, id)).orElseThrow();
            assertEquals(1, broken.ordinal());
            assertTrue(broken.message().contains("it is not in the case's anchor"), broken.message());
        }
    }

    @Test
    void logsWrittenBeforeAnchorsExistedAreAnchoredOnceAndAfterThatAClearedAnchorIsABreak() throws Exception {
        long id = CaseFixture.openCase(db.get(), "C-11", "P3", CaseFixture.FIVE_BY_EIGHT, CaseDefaults.MATRIX_PLAN,
                shanghai("2026-11-23T09:00"));
        try (Connection connection = db.get().dataSource().getConnection(); Statement statement = connection.createStatement()) {
            // as an older OpsBench left it: the anchor columns were added empty, and no anchoring has run
            assertEquals(1, statement.executeUpdate("UPDATE OB_SERVICE_CASE SET LOG_LENGTH = NULL, LOG_HEAD = NULL WHERE ID = " + id));
            statement.executeUpdate("DELETE FROM OB_COUNTER WHERE NAME = 'activity-log-anchoring'");
        }
        ActivityLog.Verification first = ActivityLog.verifyAll(db.get(), null);
        assertEquals(List.of(), first.breaks(), "the old log is anchored as it stands, then verified");
        try (ModelSession session = db.get().openSession()) {
            ServiceCase anchored = session.find(ServiceCase.class, id);
            assertEquals(1, anchored.getLogLength());
            assertEquals(anchored.getActivities().get(0).getHash(), anchored.getLogHead());
        }
        assertEquals(0, ActivityLog.anchorLogsWrittenBeforeAnchors(db.get()), "only once per database");

        try (Connection connection = db.get().dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE OB_SERVICE_CASE SET LOG_LENGTH = NULL, LOG_HEAD = NULL WHERE ID = " + id);
        }
        List<ActivityLog.Break> breaks = ActivityLog.verifyAll(db.get(), null).breaks();
        assertEquals(1, breaks.size());
        assertTrue(breaks.get(0).message().startsWith("Case C-11, record 1: it is not in the case's anchor"), breaks.get(0).message());
    }
}
