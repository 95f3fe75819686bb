package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opsbench.cases.tests.CaseFixture.shanghai;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opsbench.cases.CaseDefaults;
import org.opsbench.cases.CaseWorkflow;
import org.opsbench.cases.SlaEvaluator;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.model.Engineer;
import org.opsbench.model.OpsFactory;
import org.opsbench.model.Role;
import org.opsbench.model.User;
import org.opsbench.notifications.Outbox;
import org.opsbench.notifications.model.OutboxMessage;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.persistence.UserAccounts;

/**
 * Who hears of an SLA event: the escalation matrix names roles, and every user holding the role
 * gets the notice in the workbench (and by e-mail when the user is an engineer with an address);
 * reminders go to the agent who opened the case. Each notice is queued once, with its event.
 */
@ExtendWith(EnglishLocale.class)
@Tag("all-databases")
class EscalationNoticesTest {

    @RegisterExtension
    final CaseDatabase db = new CaseDatabase();

    @BeforeEach
    void open() {
        try (ModelSession session = db.get().openSession()) {
            for (String name : List.of("response-center-manager", "seat-agent")) {
                Role role = OpsFactory.eINSTANCE.createRole();
                role.setName(name);
                session.add(role);
            }
            session.save();
        }
        UserAccounts accounts = new UserAccounts(db.get());
        accounts.create("agent", "Seat Agent", "agent-pass".toCharArray(), List.of("seat-agent"));
        accounts.create("rcm", "Response Manager", "rcm-pass-1".toCharArray(), List.of("response-center-manager"));
        accounts.create("rcm2", "Deputy Manager", "rcm-pass-2".toCharArray(), List.of("response-center-manager"));
        try (ModelSession session = db.get().openSession()) {
            Engineer manager = OpsFactory.eINSTANCE.createEngineer();
            manager.setName("Response Manager");
            manager.setEmployeeNumber("E-900");
            manager.setEmail("rcm@center.example");
            session.add(manager);
            session.query("SELECT u FROM User u WHERE u.login = ?1", User.class, "rcm").get(0).setEngineer(manager);
            session.save();
        }
    }


    private List<OutboxMessage> messages() {
        try (ModelSession session = db.get().openSession()) {
            return session.query("SELECT m FROM OutboxMessage m ORDER BY m.channel, m.recipient, m.subject", OutboxMessage.class)
                    .stream().map(ModelSession::detachedCopy).toList();
        }
    }

    @Test
    void theMatrixRoleIsNotifiedOnceAndReadsItInTheWorkbench() {
        Instant opened = shanghai("2026-05-12T10:00");
        long id = CaseFixture.openCase(db.get(), "C-7", "P1", CaseFixture.SEVEN_BY_TWENTY_FOUR, CaseDefaults.MATRIX_PLAN, opened);
        try (ModelSession session = db.get().openSession()) {
            Engineer engineer = OpsFactory.eINSTANCE.createEngineer();
            engineer.setName("Field Engineer");
            engineer.setEmployeeNumber("E-1");
            session.add(engineer);
            CaseWorkflow.assign(session.find(ServiceCase.class, id), engineer, opened.plusSeconds(300), "agent");
            session.save();
        }

        new SlaEvaluator(db.get(), "bench A").run(opened.plusSeconds(61 * 60));
        List<OutboxMessage> all = messages();
        List<String> toManagers = all.stream().filter(m -> m.getRecipient().startsWith("rcm"))
                .map(m -> m.getChannel() + " " + m.getRecipient() + ": " + m.getSubject()).toList();
        assertEquals(List.of("email rcm@center.example: Escalation to response-center-manager: case C-7 (P1) is not diagnosed yet: Core switch down",
                "workbench rcm: Escalation to response-center-manager: case C-7 (P1) is not diagnosed yet: Core switch down",
                "workbench rcm2: Escalation to response-center-manager: case C-7 (P1) is not diagnosed yet: Core switch down"),
                toManagers);
        List<String> toAgent = all.stream().filter(m -> m.getRecipient().equals("agent")).map(OutboxMessage::getSubject).toList();
        assertTrue(toAgent.contains("Reminder: case C-7 (P1) has no response from the engineer yet: Core switch down"), toAgent::toString);
        assertTrue(toAgent.contains("Reassign case C-7 (P1): still no response from the engineer: Core switch down"), toAgent::toString);
        assertTrue(all.stream().allMatch(m -> "C-7".equals(m.getReference())));

        try (Database otherWorkbench = db.openAnother()) {
            assertEquals(List.of(), new SlaEvaluator(otherWorkbench, "bench B").run(opened.plusSeconds(62 * 60)));
        }
        assertEquals(all.size(), messages().size(), "no event, so no notice, twice");

        Outbox outbox = new Outbox(db.get(), "bench A");
        outbox.deliver(opened.plusSeconds(62 * 60));
        List<Outbox.Notice> unread = outbox.unread("rcm", 10);
        assertEquals(1, unread.size());
        assertEquals("Escalation to response-center-manager: case C-7 (P1) is not diagnosed yet: Core switch down",
                unread.get(0).subject());
        assertTrue(unread.get(0).body().contains("Engineer: Field Engineer"), unread.get(0).body());
        outbox.markRead(List.of(unread.get(0).id()),
                opened.plusSeconds(63 * 60));
        assertEquals(List.of(), outbox.unread("rcm", 10));
        assertEquals(1, outbox.unread("rcm2", 10).size(), "each recipient reads their own");
    }
}
