package org.opsbench.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cases.model.SlaEvent;
import org.opsbench.cases.model.SlaEventKind;
import org.opsbench.model.Engineer;
import org.opsbench.model.User;
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

    /** The role an SLA event names when it goes to whoever dispatched the case. */
    public static final String DISPATCHER = "dispatcher";

    /**
     * Tells who an SLA event is for: reminders, reassignment proposals, warnings and breaches go to
     * the user who opened the case; an escalation goes to every user holding the step's role, in the
     * workbench and, where the user is an engineer with an address, by e-mail.
     */
    public static void slaEvent(ModelSession session, ServiceCase serviceCase, SlaEvent event, Instant now) {
        slaEvent(session, serviceCase, event, now, new HashMap<>());
    }

    /**
     * Like {@link #slaEvent(ModelSession, ServiceCase, SlaEvent, Instant)}, for many events in one
     * session: {@code usersByRole} keeps each role's users once read.
     */
    public static void slaEvent(ModelSession session, ServiceCase serviceCase, SlaEvent event, Instant now,
            Map<String, List<User>> usersByRole) {
        String subject = Messages.format("noticeSla_" + event.getKind().getName(), serviceCase.getNumber(),
                serviceCase.getSeverity(), Objects.toString(serviceCase.getTitle(), ""), event.getRole());
        String body = Messages.format("noticeSlaBody", serviceCase.getNumber(), serviceCase.getSeverity(),
                Objects.toString(serviceCase.getTitle(), ""), Objects.toString(serviceCase.getCallerCompany(), ""),
                serviceCase.getAssignee() == null ? "-" : serviceCase.getAssignee().getName(),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(Locale.getDefault())
                        .format(event.getDueAt().atZone(ZoneId.systemDefault())));
        if (event.getKind() != SlaEventKind.ESCALATION || DISPATCHER.equals(event.getRole())) {
            if (serviceCase.getOpenedBy() != null) {
                Outbox.queue(session, Outbox.WORKBENCH_CHANNEL, serviceCase.getOpenedBy(), subject, body, serviceCase.getNumber(), now);
            }
            return;
        }
        for (User user : usersByRole.computeIfAbsent(event.getRole(), role -> session.query(
                "SELECT u FROM User u JOIN u.roles r WHERE r.name = ?1 ORDER BY u.login", User.class, role))) {
            Outbox.queue(session, Outbox.WORKBENCH_CHANNEL, user.getLogin(), subject, body, serviceCase.getNumber(), now);
            Engineer engineer = user.getEngineer();
            if (engineer != null && engineer.getEmail() != null && !engineer.getEmail().isBlank()) {
                Outbox.queue(session, "email", engineer.getEmail(), subject, body, serviceCase.getNumber(), now);
            }
        }
    }
}
