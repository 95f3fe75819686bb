package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opsbench.cases.tests.CaseFixture.shanghai;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opsbench.cases.ActivityLog;
import org.opsbench.cases.CaseDefaults;
import org.opsbench.cases.CaseException;
import org.opsbench.cases.CaseLifecycle;
import org.opsbench.cases.CaseLifecycle.Survey;
import org.opsbench.cases.CaseSetup;
import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.Activity;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.CaseSettings;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.cases.model.EscalationPlan;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cases.model.SeverityScheme;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;

/** Closing with confirmation and survey, complaints that reopen, and the operation-problem conversion, stored in Derby. */
@ExtendWith(EnglishLocale.class)
class CaseLifecycleTest {

    @RegisterExtension
    final CaseDatabase db = new CaseDatabase();
    private int satisfied;
    private Instant clock = shanghai("2026-05-11T09:00");

    @BeforeEach
    void open() {
        try (ModelSession session = db.get().openSession()) {
            satisfied = CaseSetup.settings(session).getSatisfiedScore();
        }
    }


    private long newCase(CaseKind kind, DefectClass defectClass) {
        String number = "C-" + kind.getName() + "-" + (defectClass == null ? "NONE" : defectClass.getName());
        long id = CaseFixture.openCase(db.get(), number, "P3", CaseFixture.FIVE_BY_EIGHT, CaseDefaults.MATRIX_PLAN, clock);
        change(id, c -> {
            c.setKind(kind);
            c.setDefectClass(defectClass);
        });
        return id;
    }

    /** One step in its own transaction, as the workbench does it; a refused step stores nothing. */
    private void change(long id, Consumer<ServiceCase> step) {
        clock = clock.plusSeconds(600);
        try (ModelSession session = db.get().openSession()) {
            step.accept(session.find(ServiceCase.class, id));
            session.save();
        }
    }

    private ServiceCase read(long id) {
        try (ModelSession session = db.get().openSession()) {
            return ModelSession.detachedCopy(session.find(ServiceCase.class, id));
        }
    }

    @Test
    void aDefectGoesThroughEveryStepAndClosesWithTheCustomersConfirmationAndSurvey() {
        long id = newCase(CaseKind.DEFECT, DefectClass.TECHNICAL);
        assertEquals(List.of(CaseStatus.ANALYSED, CaseStatus.WAITING_FOR_CUSTOMER, CaseStatus.WAITING_FOR_PART),
                CaseLifecycle.next(read(id)));
        CaseException skipped = assertThrows(CaseException.class,
                () -> change(id, c -> CaseLifecycle.advance(c, CaseStatus.FIXING, clock, "eng", null)));
        assertEquals("Case C-DEFECT-TECHNICAL is \"submitted\" and cannot go to \"fixing\" from there."
                + " Next steps: analysed, waiting for the customer, waiting for a spare part.", skipped.getMessage());
        CaseException early = assertThrows(CaseException.class,
                () -> change(id, c -> CaseLifecycle.close(c, new Survey("Ms Tan", 5, ""), satisfied, clock, "eng")));
        assertTrue(early.getMessage().startsWith("Case C-DEFECT-TECHNICAL cannot be closed while it is \"submitted\""),
                early.getMessage());

        for (CaseStatus step : List.of(CaseStatus.ANALYSED, CaseStatus.CONFIRMED, CaseStatus.FIXING, CaseStatus.REPLIED)) {
            change(id, c -> CaseLifecycle.advance(c, step, clock, "eng", "step " + step.getLiteral()));
        }
        ServiceCase replied = read(id);
        assertEquals(CaseStatus.REPLIED, replied.getStatus());
        assertTrue(replied.getDiagnosedAt() != null, "entering 'analysed' stops escalation");
        assertTrue(replied.getResolvedAt() != null);

        CaseException unconfirmed = assertThrows(CaseException.class,
                () -> change(id, c -> CaseLifecycle.close(c, new Survey(" ", 5, ""), satisfied, clock, "eng")));
        assertEquals("Case C-DEFECT-TECHNICAL: enter who at the customer confirmed that the problem is solved.",
                unconfirmed.getMessage());
        CaseException offScale = assertThrows(CaseException.class,
                () -> change(id, c -> CaseLifecycle.close(c, new Survey("Ms Tan", 6, ""), satisfied, clock, "eng")));
        assertEquals("The satisfaction score 6 is not on the scale; give a score from 1 to 5.", offScale.getMessage());
        assertEquals(CaseStatus.REPLIED, read(id).getStatus(), "refused closes stored nothing");

        change(id, c -> CaseLifecycle.close(c, new Survey("Ms Tan", 4, "Quick and clear."), satisfied, clock, "eng"));
        ServiceCase closed = read(id);
        assertEquals(CaseStatus.CLOSED, closed.getStatus());
        assertEquals(clock, closed.getClosedAt());
        assertEquals(4, closed.getSatisfaction());
        assertEquals("Quick and clear.", closed.getSatisfactionComment());
        Activity survey = closed.getActivities().stream().filter(a -> a.getKind() == ActivityKind.SURVEY).findFirst().orElseThrow();
        assertEquals("Closed with the confirmation of Ms Tan; satisfaction 4 of 5. Quick and clear.", survey.getText());
        assertTrue(survey.isCustomerNote(), "the survey is the customer's word");
        assertEquals(List.of(), CaseLifecycle.next(closed));
        assertTrue(ActivityLog.verify(closed).isEmpty(), "the log stays intact");
    }

    @Test
    void aComplaintReopensTheCaseUntilTheCustomerIsSatisfied() {
        long id = newCase(CaseKind.DEFECT, DefectClass.BUSINESS);
        for (CaseStatus step : List.of(CaseStatus.ANALYSED, CaseStatus.CONFIRMED, CaseStatus.FIXING, CaseStatus.REPLIED)) {
            change(id, c -> CaseLifecycle.advance(c, step, clock, "eng", null));
        }
        change(id, c -> CaseLifecycle.close(c, new Survey("Mr Lu", 3, ""), satisfied, clock, "eng"));

        change(id, c -> CaseLifecycle.complain(c, "The link drops again every night.", clock, "agent"));
        ServiceCase reopened = read(id);
        assertEquals(CaseStatus.FIXING, reopened.getStatus(), "a reopened defect goes back to fixing");
        assertTrue(reopened.isComplaintOpen());
        assertNull(reopened.getClosedAt(), "open again, so the clocks evaluate it again");
        assertEquals(ActivityKind.COMPLAINT, reopened.getActivities().get(reopened.getActivities().size() - 2).getKind());

        change(id, c -> CaseLifecycle.advance(c, CaseStatus.REPLIED, clock, "eng", "replaced the line card"));
        CaseException stillUnhappy = assertThrows(CaseException.class,
                () -> change(id, c -> CaseLifecycle.close(c, new Survey("Mr Lu", satisfied - 1, ""), satisfied, clock, "eng")));
        assertEquals("Case C-DEFECT-BUSINESS has an open complaint and the customer's score " + (satisfied - 1) + " is below "
                + satisfied + " (satisfied): it stays open until the customer is satisfied.", stillUnhappy.getMessage());
        assertEquals(CaseStatus.REPLIED, read(id).getStatus());

        change(id, c -> CaseLifecycle.close(c, new Survey("Mr Lu", satisfied, "Stable for a week."), satisfied, clock, "eng"));
        ServiceCase settled = read(id);
        assertEquals(CaseStatus.CLOSED, settled.getStatus());
        assertFalse(settled.isComplaintOpen());
        assertTrue(ActivityLog.verify(settled).isEmpty());
    }

    @Test
    void aConsultationClosesOnTheSpotAndAnOperationProblemConvertsToOne() {
        long consultation = newCase(CaseKind.CONSULTATION, null);
        assertTrue(CaseLifecycle.canClose(read(consultation)));
        change(consultation, c -> CaseLifecycle.close(c, new Survey("Ms Qin", 5, ""), satisfied, clock, "agent"));
        assertEquals(CaseStatus.CLOSED, read(consultation).getStatus());

        long technical = newCase(CaseKind.DEFECT, DefectClass.TECHNICAL);
        CaseException refused = assertThrows(CaseException.class,
                () -> change(technical, c -> CaseLifecycle.convertToConsultation(c, clock, "eng")));
        assertEquals("Case C-DEFECT-TECHNICAL is not a defect classified as an operation problem, so it stays as it is.",
                refused.getMessage());

        long operation = newCase(CaseKind.DEFECT, DefectClass.OPERATION);
        assertFalse(CaseLifecycle.canClose(read(operation)));
        change(operation, c -> CaseLifecycle.convertToConsultation(c, clock, "eng"));
        ServiceCase converted = read(operation);
        assertEquals(CaseKind.CONSULTATION, converted.getKind());
        assertEquals("Operation problem: converted to a consultation.",
                converted.getActivities().get(converted.getActivities().size() - 1).getText());
        assertTrue(CaseLifecycle.canClose(converted));
    }

    @Test
    void defaultsAreStoredOnceAndTheSettingsAreData() {
        CaseSetup.ensureDefaults(db.get());
        try (ModelSession session = db.get().openSession()) {
            assertEquals(Stream.of(CaseDefaults.P_SCHEME, CaseDefaults.C_SCHEME).sorted().toList(),
                    session.findAll(SeverityScheme.class, "name").stream().map(SeverityScheme::getName).toList());
            assertEquals(Stream.of(CaseDefaults.MATRIX_PLAN, CaseDefaults.BUSINESS_HOURS_PLAN, CaseDefaults.PER_STEP_PLAN).sorted().toList(),
                    session.findAll(EscalationPlan.class, "name").stream().map(EscalationPlan::getName).toList());
            List<CaseSettings> settings = session.findAll(CaseSettings.class, "persistentId");
            assertEquals(1, settings.size());
            assertEquals(CaseDefaults.MATRIX_PLAN, settings.get(0).getDefaultPlan().getName());
            assertEquals(4, settings.get(0).getSatisfiedScore());
            settings.get(0).setSatisfiedScore(5);
            session.save();
        }
        CaseSetup.ensureDefaults(db.get());
        try (ModelSession session = db.get().openSession()) {
            assertEquals(5, CaseSetup.settings(session).getSatisfiedScore(), "a second start keeps the office's choice");
        }
    }
}
