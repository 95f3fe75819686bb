package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opsbench.cases.tests.CaseFixture.shanghai;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opsbench.cases.CaseDefaults;
import org.opsbench.cases.CaseDesk;
import org.opsbench.cases.SlaChecks;
import org.opsbench.cases.SlaEvaluator;
import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cases.model.SlaEvent;
import org.opsbench.persistence.ModelSession;

/**
 * The stored "next check" instants that let a routine SLA run read only the cases whose time has
 * come: kept by one evaluator over days of runs while cases change, a routine run never leaves an
 * event due that a full evaluation would find.
 */
@ExtendWith(EnglishLocale.class)
@Tag("all-databases")
class SlaChecksTest {

    @RegisterExtension
    final CaseDatabase db = new CaseDatabase();

    private static final Instant FRIDAY_1650 = shanghai("2026-04-03T16:50");

    @Test
    void routineRunsMissNothingWhileCasesPauseResumeAndGetAnswered() {
        long p1 = CaseFixture.openCase(db.get(), "C-1", "P1", CaseFixture.FIVE_BY_EIGHT, CaseDefaults.MATRIX_PLAN, FRIDAY_1650);
        long p2 = CaseFixture.openCase(db.get(), "C-2", "P2", CaseFixture.SEVEN_BY_TWENTY_FOUR, CaseDefaults.MATRIX_PLAN, FRIDAY_1650);
        CaseFixture.openCase(db.get(), "C-3", "P3", CaseFixture.FIVE_BY_EIGHT, CaseDefaults.MATRIX_PLAN, FRIDAY_1650);
        CaseDesk desk = new CaseDesk(db.get(), "engineer");
        SlaEvaluator routine = new SlaEvaluator(db.get(), "bench");
        List<SlaEvent> recorded = new ArrayList<>();
        int changes = 0;
        for (Instant t = FRIDAY_1650; t.isBefore(FRIDAY_1650.plus(Duration.ofDays(5))); t = t.plus(Duration.ofMinutes(30))) {
            if (t.equals(shanghai("2026-04-03T17:20"))) {
                desk.advance(p2, CaseStatus.WAITING_FOR_CUSTOMER, "Waiting for the log files", t);
                changes++;
            } else if (t.equals(shanghai("2026-04-04T09:20"))) {
                desk.advance(p2, CaseStatus.SUBMITTED, "Log files received", t); // the clocks run again
                changes++;
            } else if (t.equals(shanghai("2026-04-08T10:20"))) {
                desk.record(p1, ActivityKind.CALL, "Called the customer", false, t); // the response clock stops
                changes++;
            }
            recorded.addAll(routine.run(t));
            assertEquals(List.of(), new SlaEvaluator(db.get(), "full").evaluate(t), "left due at " + t);
            assertEquals(List.of(), SlaChecks.due(db.get(), t), "every check lies after " + t);
        }
        assertEquals(3, changes);
        assertTrue(recorded.size() > 20, recorded.size() + " events recorded");
        assertTrue(recorded.stream().anyMatch(e -> e.getServiceCaseId() == p2 && e.getDueAt().isAfter(
                shanghai("2026-04-04T09:20"))), "C-2's clocks ran again after the pause");
    }

    @Test
    void aCheckLiesAtTheNextEventAndAChangeIsSeenOnceAnnounced() {
        long id = CaseFixture.openCase(db.get(), "C-1", "P4", CaseFixture.SEVEN_BY_TWENTY_FOUR, CaseDefaults.MATRIX_PLAN, FRIDAY_1650);
        SlaEvaluator routine = new SlaEvaluator(db.get(), "bench");
        routine.run(FRIDAY_1650);
        Instant next = SlaChecks.all(db.get()).get(id).nextAt();
        Instant firstDue = new SlaEvaluator(db.get(), "full").evaluate(FRIDAY_1650.plus(Duration.ofDays(30))).stream()
                .map(SlaEvaluator.Due::dueAt).min(Instant::compareTo).orElseThrow();
        assertEquals(firstDue, next, "the check waits for the first event of the case");

        // Raised to P1 behind the desk's back: a routine run does not read the case...
        // At 25 minutes the P4's first event (the 30-minute reminder) is still ahead, a P1's response warning (24) is due.
        Instant later = FRIDAY_1650.plus(Duration.ofMinutes(25));
        try (ModelSession session = db.get().openSession()) {
            session.find(ServiceCase.class, id).setSeverity("P1");
            session.save();
        }
        assertEquals(List.of(), routine.run(later));
        // ...until the change is announced, as CaseDesk does after every change.
        try (ModelSession session = db.get().openSession()) {
            SlaChecks.recheck(db.get(), session.find(ServiceCase.class, id));
        }
        List<SlaEvent> events = routine.run(later);
        assertTrue(events.stream().anyMatch(e -> e.getEventKey().equals("warning:response")), events.toString());
        assertEquals(List.of(), new SlaEvaluator(db.get(), "full").evaluate(later));
    }

    @Test
    void aClosedCaseLosesItsCheck() { // the fixture's cases are consultations, closed on the spot
        long id = CaseFixture.openCase(db.get(), "C-1", "P3", CaseFixture.SEVEN_BY_TWENTY_FOUR, CaseDefaults.MATRIX_PLAN, FRIDAY_1650);
        SlaEvaluator routine = new SlaEvaluator(db.get(), "bench");
        routine.run(FRIDAY_1650);
        CaseDesk desk = new CaseDesk(db.get(), "engineer");
        desk.close(id, new org.opsbench.cases.CaseLifecycle.Survey("Customer", 5, "Fine"), FRIDAY_1650.plusSeconds(120));
        routine.run(FRIDAY_1650.plusSeconds(180));
        assertNull(SlaChecks.all(db.get()).get(id));
    }
}
