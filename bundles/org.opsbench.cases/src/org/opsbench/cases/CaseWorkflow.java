package org.opsbench.cases;

import java.time.Instant;
import java.util.Objects;

import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.CasesFactory;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cases.model.SlaPause;
import org.opsbench.model.Engineer;

/**
 * The steps of a case that change its clocks, each leaving a record in the activity log. The
 * case is changed in memory; the caller saves it in one transaction.
 */
public final class CaseWorkflow {

    private CaseWorkflow() {
    }

    /** Gives a new case its number and start: the SLA clocks run from {@code now}. */
    public static void open(ServiceCase serviceCase, String number, Instant now, String author) {
        serviceCase.setNumber(number);
        serviceCase.setOpenedAt(now);
        serviceCase.setOpenedBy(author);
        serviceCase.setStatus(CaseStatus.SUBMITTED);
        serviceCase.setStatusSince(now);
        if (serviceCase.getKind() == null) {
            serviceCase.setKind(CaseKind.DEFECT);
        }
        ActivityLog.append(serviceCase, ActivityKind.OPENED, now, author,
                serviceCase.getSeverity() + " " + Objects.toString(serviceCase.getTitle(), ""), false);
    }

    /** Assigns (or reassigns) an engineer; reminders and the reassignment proposal count from now. */
    public static void assign(ServiceCase serviceCase, Engineer engineer, Instant now, String author) {
        Engineer before = serviceCase.getAssignee();
        serviceCase.setAssignee(engineer);
        serviceCase.setAssignedAt(now);
        ActivityLog.append(serviceCase, ActivityKind.ASSIGNMENT, now, author,
                (before == null ? "" : before.getName() + " -> ") + engineer.getName(), false);
    }

    /** The engineer has contacted the customer: the response clock stops. */
    public static void respond(ServiceCase serviceCase, ActivityKind how, Instant now, String author, String text) {
        if (serviceCase.getRespondedAt() == null) {
            serviceCase.setRespondedAt(now);
        }
        ActivityLog.append(serviceCase, how, now, author, text, false);
    }

    /** The problem is diagnosed: escalation stops. */
    public static void diagnose(ServiceCase serviceCase, Instant now, String author, String text) {
        serviceCase.setDiagnosedAt(now);
        changeStatus(serviceCase, CaseStatus.ANALYSED, now, author, text);
    }

    /** Changes the status; entering or leaving a status the plan pauses on starts or ends a pause of the clocks. */
    public static void changeStatus(ServiceCase serviceCase, CaseStatus status, Instant now, String author, String text) {
        CaseStatus before = serviceCase.getStatus();
        boolean pausedBefore = pauses(serviceCase, before);
        boolean pausedAfter = pauses(serviceCase, status);
        if (pausedBefore && !pausedAfter) {
            serviceCase.getPauses().stream().filter(p -> p.getResumedAt() == null).forEach(p -> p.setResumedAt(now));
        } else if (!pausedBefore && pausedAfter) {
            SlaPause pause = CasesFactory.eINSTANCE.createSlaPause();
            pause.setPausedAt(now);
            pause.setStatus(status);
            serviceCase.getPauses().add(pause);
        }
        serviceCase.setStatus(status);
        serviceCase.setStatusSince(now);
        ActivityLog.append(serviceCase, ActivityKind.STATUS_CHANGE, now, author,
                before.getLiteral() + " -> " + status.getLiteral() + (text == null || text.isBlank() ? "" : ": " + text), false);
    }

    private static boolean pauses(ServiceCase serviceCase, CaseStatus status) {
        return serviceCase.getPlan() != null && serviceCase.getPlan().getPausingStatuses().contains(status);
    }

}
