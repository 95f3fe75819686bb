package org.opsbench.cases;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cases.model.SlaEvent;
import org.opsbench.cases.model.SlaEventKind;
import org.opsbench.core.text.LocalFormats;
import org.opsbench.model.Engineer;
import org.opsbench.model.User;
import org.opsbench.notifications.Outbox;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.cases.internal.Messages;
import org.opsbench.cases.internal.Ids;

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

    /** What an SLA notice says of its case: read as a projection, so that recording events never loads a case. */
    public record CaseFacts(String number, String severity, String title, String callerCompany, String assigneeName, String openedBy) {
    }

    /** @return the notice facts of the given cases by id (cases that no longer exist are left out) */
    public static Map<Long, CaseFacts> facts(Database database, List<Long> caseIds) {
        Map<Long, CaseFacts> facts = new HashMap<>();
        for (List<Long> chunk : Ids.chunks(caseIds)) {
            for (Object[] row : database.list("SELECT c.persistentId, c.number, c.severity, c.title, c.callerCompany, a.name, c.openedBy"
                    + " FROM ServiceCase c LEFT JOIN c.assignee a WHERE c.persistentId IN ?1", Object[].class, List.copyOf(chunk))) {
                facts.put((Long) row[0], new CaseFacts((String) row[1], (String) row[2], (String) row[3], (String) row[4],
                        (String) row[5], (String) row[6]));
            }
        }
        return facts;
    }

    /**
     * Tells who an SLA event is for: reminders, reassignment proposals, warnings and breaches go to
     * the user who opened the case; an escalation goes to every user holding the step's role, in the
     * workbench and, where the user is an engineer with an address, by e-mail. For many events in one
     * session, {@code usersByRole} keeps each role's users once read.
     */
    public static void slaEvent(ModelSession session, CaseFacts facts, SlaEvent event, Instant now,
            Map<String, List<User>> usersByRole) {
        String title = Objects.toString(facts.title(), "");
        String subject = Messages.format("noticeSla_" + event.getKind().getName(), facts.number(), facts.severity(), title,
                event.getRole());
        String body = Messages.format("noticeSlaBody", facts.number(), facts.severity(), title,
                Objects.toString(facts.callerCompany(), ""), Objects.toString(facts.assigneeName(), "-"),
                LocalFormats.dateTime(event.getDueAt()));
        if (event.getKind() != SlaEventKind.ESCALATION || DISPATCHER.equals(event.getRole())) {
            if (facts.openedBy() != null) {
                Outbox.queue(session, Outbox.WORKBENCH_CHANNEL, facts.openedBy(), subject, body, facts.number(), now);
            }
            return;
        }
        for (User user : usersByRole.computeIfAbsent(event.getRole(), role -> session.query(
                "SELECT u FROM User u JOIN u.roles r WHERE r.name = ?1 ORDER BY u.login", User.class, role))) {
            Outbox.queue(session, Outbox.WORKBENCH_CHANNEL, user.getLogin(), subject, body, facts.number(), now);
            Engineer engineer = user.getEngineer();
            if (engineer != null && engineer.getEmail() != null && !engineer.getEmail().isBlank()) {
                Outbox.queue(session, "email", engineer.getEmail(), subject, body, facts.number(), now);
            }
        }
    }
}
