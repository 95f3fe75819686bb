package org.opsbench.cases;

import java.time.Instant;
import java.util.Objects;

import org.opsbench.cases.model.ServiceCase;
import org.opsbench.model.Engineer;
import org.opsbench.notifications.Outbox;
import org.opsbench.persistence.ModelSession;

/**
 * What case events tell people, queued in the outbox in the same session as the change itself:
 * the case and its notices are stored together or not at all.
 */
public final class CaseNotices {

    private CaseNotices() {
    }

    /** The assigned engineer hears of the case by e-mail and SMS (each where the engineer has an address). */
    public static void assigned(ModelSession session, ServiceCase serviceCase, Instant now) {
        Engineer engineer = serviceCase.getAssignee();
        if (engineer == null) {
            return;
        }
        String title = Objects.toString(serviceCase.getTitle(), "");
        String callerPhone = Objects.toString(serviceCase.getCallerPhone(), "");
        String subject = Messages.format("noticeAssignedSubject", serviceCase.getNumber(), serviceCase.getSeverity(), title);
        String body = Messages.format("noticeAssignedBody", serviceCase.getNumber(), serviceCase.getSeverity(), title,
                Objects.toString(serviceCase.getCallerCompany(), ""), Objects.toString(serviceCase.getCallerName(), ""), callerPhone);
        if (engineer.getEmail() != null && !engineer.getEmail().isBlank()) {
            Outbox.queue(session, "email", engineer.getEmail(), subject, body, serviceCase.getNumber(), now);
        }
        if (engineer.getPhone() != null && !engineer.getPhone().isBlank()) {
            Outbox.queue(session, "sms", engineer.getPhone(), subject, callerPhone, serviceCase.getNumber(), now);
        }
    }

}
