package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opsbench.cases.tests.CaseFixture.shanghai;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opsbench.cases.CaseDefaults;
import org.opsbench.cases.CaseDesk;
import org.opsbench.cases.CaseException;
import org.opsbench.cases.CaseWorkflow;
import org.opsbench.cases.SlaClock;
import org.opsbench.cases.SlaEvaluator;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.EscalationPlan;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cases.model.SeverityScheme;
import org.opsbench.cases.model.SlaEvent;
import org.opsbench.model.Engineer;
import org.opsbench.model.OpsFactory;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;

/**
 * The default escalation matrix with a fixed clock: a P1 opened at 16:50 on the Friday before
 * Qingming (4-6 April 2026) on a 5x8 contract, and the same on 7x24.
 */
@ExtendWith(EnglishLocale.class)
@Tag("all-databases")
class SlaScenarioTest {

    @RegisterExtension
    final CaseDatabase db = new CaseDatabase();



    private static final Instant FRIDAY_1650 = shanghai("2026-04-03T16:50");

    private long p1(String calendar) {
        long id = CaseFixture.openCase(db.get(), "C-1", "P1", calendar, CaseDefaults.MATRIX_PLAN, FRIDAY_1650);
        try (ModelSession session = db.get().openSession()) {
            ServiceCase serviceCase = session.find(ServiceCase.class, id);
            Engineer engineer = OpsFactory.eINSTANCE.createEngineer();
            engineer.setName("Engineer One");
            engineer.setEmployeeNumber("E-1");
            session.add(engineer);
            CaseWorkflow.assign(serviceCase, engineer, shanghai("2026-04-03T16:55"), "agent");
            session.save();
        }
        return id;
    }

    private Map<String, Instant> due(Instant now) {
        return new SlaEvaluator(db.get(), "test").evaluate(now).stream()
                .collect(Collectors.toMap(SlaEvaluator.Due::key, SlaEvaluator.Due::dueAt, (a, b) -> a, TreeMap::new));
    }

    @Test
    void p1OnFiveByEightWaitsOutTheHolidayWeekend() {
        p1(CaseFixture.FIVE_BY_EIGHT);
        assertTrue(due(shanghai("2026-04-06T23:00")).isEmpty(), "nothing falls due over the holiday weekend");
        long assigned = shanghai("2026-04-03T16:55").toEpochMilli();
        Map<String, Instant> expected = new TreeMap<>();
        expected.put("warning:response", shanghai("2026-04-07T09:14")); // 80 % of 30 min: 10 on Friday, 14 on Tuesday
        expected.put("breach:response", shanghai("2026-04-07T09:20"));
        expected.put("reminder:30@" + assigned, shanghai("2026-04-07T09:25")); // 5 min on Friday after assignment
        expected.put("reminder:45@" + assigned, shanghai("2026-04-07T09:40"));
        expected.put("reassign:45@" + assigned, shanghai("2026-04-07T09:40"));
        expected.put("warning:resolve:P1", shanghai("2026-04-07T09:38"));
        expected.put("breach:resolve:P1", shanghai("2026-04-07T09:50"));
        expected.put("escalation:P1:60", shanghai("2026-04-07T09:50")); // response-center manager
        assertEquals(expected, due(shanghai("2026-04-07T10:00")));

        Map<String, Instant> later = due(shanghai("2026-04-10T12:00"));
        assertEquals(shanghai("2026-04-07T12:50"), later.get("escalation:P1:240")); // technical manager
        assertEquals(shanghai("2026-04-09T16:50"), later.get("escalation:P1:1440")); // technical-center manager
        assertEquals(null, later.get("escalation:P1:2880"));
    }

    @Test
    void p1OnSevenByTwentyFourRunsThroughTheHoliday() {
        p1(CaseFixture.SEVEN_BY_TWENTY_FOUR);
        Map<String, Instant> due = due(shanghai("2026-04-06T17:00"));
        assertEquals(shanghai("2026-04-03T17:50"), due.get("escalation:P1:60"));
        assertEquals(shanghai("2026-04-03T20:50"), due.get("escalation:P1:240"));
        assertEquals(shanghai("2026-04-04T16:50"), due.get("escalation:P1:1440"));
        assertEquals(shanghai("2026-04-05T16:50"), due.get("escalation:P1:2880"));
        assertEquals(shanghai("2026-04-06T16:50"), due.get("escalation:P1:4320")); // general manager
        assertEquals(shanghai("2026-04-03T17:25"), due.get("reminder:30@" + shanghai("2026-04-03T16:55").toEpochMilli()));
    }

    @Test
    void waitingForTheCustomerPausesTheClocksAndResponseStopsReminders() {
        long id = p1(CaseFixture.FIVE_BY_EIGHT);
        try (ModelSession session = db.get().openSession()) {
            ServiceCase serviceCase = session.find(ServiceCase.class, id);
            CaseWorkflow.respond(serviceCase, org.opsbench.cases.model.ActivityKind.CALL, shanghai("2026-04-07T09:10"), "engineer",
                    "Called the customer");
            CaseWorkflow.changeStatus(serviceCase, CaseStatus.WAITING_FOR_CUSTOMER, shanghai("2026-04-07T09:30"), "engineer",
                    "Waiting for the log files");
            CaseWorkflow.changeStatus(serviceCase, CaseStatus.ANALYSED, shanghai("2026-04-07T11:30"), "engineer", "Logs received");
            session.save();
        }
        Map<String, Instant> due = due(shanghai("2026-04-07T17:00"));
        assertTrue(due.keySet().stream().noneMatch(k -> k.startsWith("reminder") || k.contains("response")), due.toString());
        // 40 minutes ran before the pause, two hours stood still: the 1 h and 4 h steps move by two hours.
        assertEquals(shanghai("2026-04-07T11:50"), due.get("escalation:P1:60"));
        assertEquals(shanghai("2026-04-07T14:50"), due.get("escalation:P1:240"));
    }

    @Test
    void eachEventIsRecordedOnceAcrossRestartsAndWorkbenches() throws Exception {
        p1(CaseFixture.FIVE_BY_EIGHT);
        Instant now = shanghai("2026-04-07T13:00");
        int expected = due(now).size();
        assertEquals(9, expected);

        // Two workbenches on the same database evaluate at the same moment.
        try (Database other = db.openAnother()) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Callable<List<SlaEvent>>> runs = List.of(() -> new SlaEvaluator(db.get(), "bench A").run(now),
                    () -> new SlaEvaluator(other, "bench B").run(now));
            int recorded = 0;
            for (Future<List<SlaEvent>> result : pool.invokeAll(runs)) {
                recorded += result.get().size();
            }
            pool.shutdown();
            assertEquals(expected, recorded, "together they recorded each event once");
            assertEquals(0, new SlaEvaluator(other, "bench B").run(now).size());
        }
        db.restart(); // a restart
        assertEquals(0, new SlaEvaluator(db.get(), "bench A").run(now).size());
        assertEquals((long) expected, db.get().list("SELECT COUNT(e) FROM SlaEvent e", Long.class).get(0));
        List<SlaEvent> next = new SlaEvaluator(db.get(), "bench A").run(shanghai("2026-04-09T17:00"));
        assertEquals(List.of("escalation:P1:1440"), next.stream().map(SlaEvent::getEventKey).toList());
        assertEquals("technical-center-manager", next.get(0).getRole());
    }

    @Test
    void perStepPlanEscalatesOneLevelPerDayInTheSameStep() {
        long id = CaseFixture.openCase(db.get(), "C-2", "P3", CaseFixture.FIVE_BY_EIGHT, CaseDefaults.PER_STEP_PLAN,
                shanghai("2026-11-23T09:00"));
        Map<String, Instant> due = due(shanghai("2026-11-25T10:00"));
        long since = shanghai("2026-11-23T09:00").toEpochMilli();
        assertEquals(shanghai("2026-11-23T17:00"), due.get("step:submitted@" + since + ":1"));
        assertEquals(shanghai("2026-11-24T17:00"), due.get("step:submitted@" + since + ":2"));
        assertEquals(null, due.get("step:submitted@" + since + ":3"));
        try (ModelSession session = db.get().openSession()) {
            CaseWorkflow.changeStatus(session.find(ServiceCase.class, id), CaseStatus.CONFIRMED, shanghai("2026-11-25T09:00"),
                    "expert", null);
            session.save();
        }
        assertTrue(due(shanghai("2026-11-25T10:00")).keySet().stream().noneMatch(k -> k.startsWith("step:confirmed")),
                "a new step starts its own day");
    }

    @Test
    void aReassignmentProposalStandsUntilTheCaseIsReassignedOrAnswered() {
        long id = p1(CaseFixture.FIVE_BY_EIGHT);
        long other;
        try (ModelSession session = db.get().openSession()) {
            Engineer engineer = OpsFactory.eINSTANCE.createEngineer();
            engineer.setName("Engineer Two");
            engineer.setEmployeeNumber("E-2");
            session.add(engineer);
            session.save();
            other = ((org.opsbench.model.base.PersistentObject) engineer).getPersistentId();
        }
        CaseDesk desk = new CaseDesk(db.get(), "agent");
        SlaEvaluator evaluator = new SlaEvaluator(db.get(), "bench");
        evaluator.run(shanghai("2026-04-07T10:00"));
        SlaEvent proposal = SlaEvaluator.standingReassignment(desk.read(id), desk.events(id));
        assertEquals("reassign:45@" + shanghai("2026-04-03T16:55").toEpochMilli(), proposal.getEventKey());

        desk.assign(id, other, shanghai("2026-04-07T10:05"));
        assertNull(SlaEvaluator.standingReassignment(desk.read(id), desk.events(id)), "the new engineer has 45 minutes");
        evaluator.run(shanghai("2026-04-07T10:50"));
        proposal = SlaEvaluator.standingReassignment(desk.read(id), desk.events(id));
        assertEquals(shanghai("2026-04-07T10:50"), proposal.getDueAt(), "proposed again for the new assignment");

        desk.record(id, org.opsbench.cases.model.ActivityKind.CALL, "Called the customer", false, shanghai("2026-04-07T10:55"));
        assertNull(SlaEvaluator.standingReassignment(desk.read(id), desk.events(id)), "the engineer is in contact");
    }

    @Test
    void aSchemeWithoutThresholdsIsRefusedByName() {
        SeverityScheme scheme = CaseDefaults.pScheme();
        scheme.getLevels().get(2).setResolveMinutes(0);
        EscalationPlan plan = CaseDefaults.matrixPlan(scheme);
        CaseException refused = assertThrows(CaseException.class, () -> SlaClock.check(plan));
        assertEquals("Severity P3 of scheme \"P1-P4\" has no response or resolve target. Enter both, in working minutes,"
                + " before cases use it.", refused.getMessage());
    }
}
