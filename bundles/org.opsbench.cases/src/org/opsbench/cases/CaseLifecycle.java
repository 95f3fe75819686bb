package org.opsbench.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cases.internal.Messages;

/**
 * Which status may follow which, and the steps that end or reopen a case (DOMAIN.md, "Cases"):
 * a defect goes submitted → analysed → confirmed → fixing → replied → closed, a consultation closes
 * on the spot; closing needs the customer's confirmation and records a survey; a complaint reopens
 * the case and stays open until a closing survey says the customer is satisfied. Cases are changed
 * in memory; the caller saves them in one transaction.
 */
public final class CaseLifecycle {

    /** The score range of the satisfaction survey. */
    public static final int LOWEST_SCORE = 1;
    public static final int HIGHEST_SCORE = 5;

    /** What the customer said when the case was closed. */
    public record Survey(String confirmedBy, int score, String comment) {
    }

    private static final List<CaseStatus> DEFECT_PATH = List.of(CaseStatus.SUBMITTED, CaseStatus.ANALYSED, CaseStatus.CONFIRMED,
            CaseStatus.FIXING, CaseStatus.REPLIED);
    private static final Set<CaseStatus> WAITING = EnumSet.of(CaseStatus.WAITING_FOR_CUSTOMER, CaseStatus.WAITING_FOR_PART);

    private CaseLifecycle() {
    }

    /** @return the statuses {@link #advance} accepts next, in the order of the process (closing is {@link #close}) */
    public static List<CaseStatus> next(ServiceCase serviceCase) {
        CaseStatus status = serviceCase.getStatus();
        if (status == CaseStatus.CLOSED) {
            return List.of();
        }
        if (WAITING.contains(status)) {
            // Back to work at any step of the path (the customer's answer may settle the analysis).
            return DEFECT_PATH.stream().filter(s -> serviceCase.getKind() == CaseKind.DEFECT || s == CaseStatus.SUBMITTED)
                    .toList();
        }
        List<CaseStatus> next = new ArrayList<>();
        if (serviceCase.getKind() == CaseKind.DEFECT) {
            int at = DEFECT_PATH.indexOf(status);
            if (at + 1 < DEFECT_PATH.size()) {
                next.add(DEFECT_PATH.get(at + 1));
            }
            if (status == CaseStatus.REPLIED) {
                next.add(CaseStatus.FIXING); // the reply did not fix it
            }
        }
        next.addAll(WAITING.stream().filter(w -> w != status).toList());
        return next;
    }

    /** @return whether {@link #close} may be called now: a replied defect or an open consultation */
    public static boolean canClose(ServiceCase serviceCase) {
        CaseStatus status = serviceCase.getStatus();
        return serviceCase.getKind() == CaseKind.CONSULTATION ? status != CaseStatus.CLOSED : status == CaseStatus.REPLIED;
    }

    /** @return whether the case may be assigned, reassigned or taken over now: while it is open */
    public static boolean canAssign(ServiceCase serviceCase) {
        return serviceCase.getStatus() != CaseStatus.CLOSED;
    }

    /** @return whether {@link #convertToConsultation} applies now: an open defect classed as an operation problem */
    public static boolean canConvert(ServiceCase serviceCase) {
        return serviceCase.getKind() == CaseKind.DEFECT && serviceCase.getDefectClass() == DefectClass.OPERATION
                && serviceCase.getStatus() != CaseStatus.CLOSED;
    }

    /** @return whether a knowledge article may be written from the case: once it has been replied to or closed */
    public static boolean canWriteArticle(ServiceCase serviceCase) {
        return serviceCase.getStatus() == CaseStatus.REPLIED || serviceCase.getStatus() == CaseStatus.CLOSED;
    }

    /** Moves the case to {@code status}; entering "analysed" records the diagnosis that stops escalation. */
    public static void advance(ServiceCase serviceCase, CaseStatus status, Instant now, String author, String text) {
        if (!next(serviceCase).contains(status)) {
            throw new CaseException(Messages.format("statusNotNext", serviceCase.getNumber(), label(serviceCase.getStatus()),
                    label(status), String.join(", ", next(serviceCase).stream().map(CaseLifecycle::label).toList())));
        }
        if (status == CaseStatus.ANALYSED && serviceCase.getDiagnosedAt() == null) {
            CaseWorkflow.diagnose(serviceCase, now, author, text);
        } else {
            CaseWorkflow.changeStatus(serviceCase, status, now, author, text);
        }
        if (status == CaseStatus.REPLIED) {
            serviceCase.setResolvedAt(now);
        }
    }

    /**
     * Closes the case with the customer's confirmation and survey. An open complaint is settled only
     * by a score of at least {@code satisfiedScore}; a lower one leaves the case open.
     */
    public static void close(ServiceCase serviceCase, Survey survey, int satisfiedScore, Instant now, String author) {
        if (!canClose(serviceCase)) {
            throw new CaseException(Messages.format("closeNotYet", serviceCase.getNumber(), label(serviceCase.getStatus())));
        }
        if (survey.confirmedBy() == null || survey.confirmedBy().isBlank()) {
            throw new CaseException(Messages.format("closeNoConfirmation", serviceCase.getNumber()));
        }
        if (survey.score() < LOWEST_SCORE || survey.score() > HIGHEST_SCORE) {
            throw new CaseException(Messages.format("surveyScore", survey.score(), LOWEST_SCORE, HIGHEST_SCORE));
        }
        if (serviceCase.isComplaintOpen() && survey.score() < satisfiedScore) {
            throw new CaseException(Messages.format("complaintNotSatisfied", serviceCase.getNumber(), survey.score(), satisfiedScore));
        }
        String comment = survey.comment() == null ? "" : survey.comment().strip();
        ActivityLog.append(serviceCase, ActivityKind.SURVEY, now, author,
                Messages.format("surveyRecord", survey.confirmedBy().strip(), survey.score(), HIGHEST_SCORE, comment), true);
        if (serviceCase.getResolvedAt() == null) {
            serviceCase.setResolvedAt(now);
        }
        serviceCase.setSatisfaction(survey.score());
        serviceCase.setSatisfactionComment(comment);
        serviceCase.setComplaintOpen(false);
        CaseWorkflow.changeStatus(serviceCase, CaseStatus.CLOSED, now, author, null);
        serviceCase.setClosedAt(now);
    }

    /** Records a complaint; a closed case is reopened (a defect goes back to fixing) until the customer is satisfied. */
    public static void complain(ServiceCase serviceCase, String complaint, Instant now, String author) {
        if (complaint == null || complaint.isBlank()) {
            throw new CaseException(Messages.format("complaintEmpty", serviceCase.getNumber()));
        }
        ActivityLog.append(serviceCase, ActivityKind.COMPLAINT, now, author, complaint.strip(), true);
        serviceCase.setComplaintOpen(true);
        if (serviceCase.getStatus() == CaseStatus.CLOSED) {
            serviceCase.setClosedAt(null);
            serviceCase.setResolvedAt(null);
            CaseWorkflow.changeStatus(serviceCase,
                    serviceCase.getKind() == CaseKind.DEFECT ? CaseStatus.FIXING : CaseStatus.SUBMITTED, now, author,
                    Messages.format("reopenedByComplaint"));
        }
    }

    /** An operation problem is not a defect: it becomes a consultation, which closes on the spot. */
    public static void convertToConsultation(ServiceCase serviceCase, Instant now, String author) {
        if (!canConvert(serviceCase)) {
            throw new CaseException(serviceCase.getStatus() == CaseStatus.CLOSED
                    ? Messages.format("closeNotYet", serviceCase.getNumber(), label(serviceCase.getStatus()))
                    : Messages.format("convertNotOperation", serviceCase.getNumber()));
        }
        serviceCase.setKind(CaseKind.CONSULTATION);
        serviceCase.setCaseType(CaseTypes.CONSULTATION);
        ActivityLog.append(serviceCase, ActivityKind.NOTE, now, author, Messages.format("convertedRecord"), false);
    }

    /** @return the status in the user's language */
    public static String label(CaseStatus status) {
        return Messages.format("status_" + status.getName());
    }
}
