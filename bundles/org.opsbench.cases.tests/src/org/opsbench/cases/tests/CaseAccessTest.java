package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opsbench.cases.CallerLookup;
import org.opsbench.cases.CaseAccess;
import org.opsbench.cases.CaseDesk;
import org.opsbench.cases.CaseException;
import org.opsbench.cases.CaseList;
import org.opsbench.cases.model.Activity;
import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.model.OpsFactory;
import org.opsbench.model.Role;
import org.opsbench.model.User;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;

/** Permissions by role, stored as data: agents open and dispatch, engineers work, customers see and annotate their own cases only. */
@ExtendWith(EnglishLocale.class)
@Tag("all-databases")
class CaseAccessTest {

    private static final Instant MONDAY = CaseFixture.shanghai("2026-05-11T10:00");

    @RegisterExtension
    final CaseDatabase db = new CaseDatabase();
    private Database database;
    private CaseDesk.Opened pump;
    private CaseDesk.Opened printer;

    @BeforeEach
    void open() {
        database = db.get();
        Directory.install(database);
        try (ModelSession session = database.openSession()) {
            Role agent = role("seat-agent", CaseAccess.CREATE, CaseAccess.ASSIGN);
            Role engineer = role("service-engineer", CaseAccess.WORK);
            Role customer = role("customer", CaseAccess.VIEW_OWN, CaseAccess.NOTE);
            for (Role role : List.of(agent, engineer, customer)) {
                session.add(role);
            }
            session.add(user("li", agent, null));
            session.add(user("gao", engineer, null));
            session.add(user("zhao", customer, Directory.customer(session, "C-0002")));
            session.add(user("nobody-yet", null, null));
            session.save();
        }
        CaseDesk agentDesk = new CaseDesk(database, CaseAccess.of(database, "li"));
        CallerLookup lookup = new CallerLookup(database);
        pump = agentDesk.open(new CaseDesk.Intake("hotline", lookup.find("SC-0001-2024").get(0), "Pump controller offline", null,
                "Lanting", "P2", CaseKind.DEFECT, DefectClass.TECHNICAL, Directory.engineerId(database, "E1")), MONDAY);
        printer = agentDesk.open(new CaseDesk.Intake("email", lookup.find("SC-0002-2021").get(0), "Printer queue stuck", null, "Beiming",
                "P3", CaseKind.DEFECT, DefectClass.OPERATION, null), MONDAY.plusSeconds(60));
    }

    @Test
    void aCustomerSeesAndAnnotatesOnlyTheOwnOrganisationsCases() {
        CaseAccess zhao = CaseAccess.of(database, "zhao");
        assertFalse(zhao.seesAllCases());
        assertEquals(List.of(printer.number()), numbers(zhao.restrict(CaseList.Criteria.all(true))), "the tax bureau's case only");
        assertEquals(List.of(), numbers(zhao.restrict(new CaseList.Criteria(null, null, null, null, null,
                Directory.customerId(database, "C-0001"), null, null, null, true))), "asking for another customer finds nothing");

        CaseDesk desk = new CaseDesk(database, zhao);
        assertEquals("Case " + pump.number() + " belongs to another organisation.",
                assertThrows(CaseException.class, () -> desk.read(pump.id())).getMessage());
        assertEquals("Case " + pump.number() + " belongs to another organisation.",
                assertThrows(CaseException.class, () -> desk.record(pump.id(), ActivityKind.NOTE, "hello", false, MONDAY)).getMessage());
        desk.record(printer.id(), ActivityKind.NOTE, "The queue is stuck again since 9:00.", false, MONDAY.plusSeconds(600));
        Activity note = desk.read(printer.id()).getActivities().get(desk.read(printer.id()).getActivities().size() - 1);
        assertEquals("zhao", note.getAuthor());
        assertTrue(note.isCustomerNote(), "marked as the customer's");
        assertEquals("The roles of zhao do not allow to work on cases. An administrator can grant it in the user's roles.",
                assertThrows(CaseException.class, () -> desk.advance(printer.id(), CaseStatus.ANALYSED, null, MONDAY)).getMessage());
        assertThrows(CaseException.class, () -> desk.record(printer.id(), ActivityKind.CALL, "called", false, MONDAY),
                "a customer records notes, not the engineer's calls");
        assertEquals("The roles of zhao do not allow to open cases. An administrator can grant it in the user's roles.",
                assertThrows(CaseException.class, () -> desk.open(new CaseDesk.Intake("web", null, "x", null, null, "P4",
                        CaseKind.CONSULTATION, null, null), MONDAY)).getMessage());
    }

    @Test
    void agentsDispatchEngineersWorkAndAnUnknownLoginDoesNothing() {
        CaseDesk agent = new CaseDesk(database, CaseAccess.of(database, "li"));
        agent.assign(printer.id(), Directory.engineerId(database, "E3"), MONDAY.plusSeconds(120));
        assertEquals("The roles of li do not allow to work on cases. An administrator can grant it in the user's roles.",
                assertThrows(CaseException.class, () -> agent.advance(printer.id(), CaseStatus.ANALYSED, null, MONDAY)).getMessage());

        CaseDesk engineer = new CaseDesk(database, CaseAccess.of(database, "gao"));
        engineer.advance(pump.id(), CaseStatus.ANALYSED, "Link errors.", MONDAY.plusSeconds(900));
        assertEquals(CaseStatus.ANALYSED, engineer.read(pump.id()).getStatus(), "engineers see and work every organisation's cases");
        assertEquals("The roles of gao do not allow to open cases. An administrator can grant it in the user's roles.",
                assertThrows(CaseException.class, () -> engineer.open(new CaseDesk.Intake("web", null, "x", null, null, "P4",
                        CaseKind.CONSULTATION, null, null), MONDAY)).getMessage());

        for (String login : List.of("nobody-yet", "no-such-user")) {
            CaseAccess none = CaseAccess.of(database, login);
            assertEquals(List.of(), numbers(none.restrict(CaseList.Criteria.all(true))), login + " sees no case");
            assertThrows(CaseException.class, () -> new CaseDesk(database, none).read(pump.id()));
        }
    }

    private List<String> numbers(CaseList.Criteria criteria) {
        return CaseList.search(database, criteria).stream().map(CaseList.Row::number).toList();
    }

    private static Role role(String name, String... permissions) {
        Role role = OpsFactory.eINSTANCE.createRole();
        role.setName(name);
        role.getPermissions().addAll(List.of(permissions));
        return role;
    }

    private static User user(String login, Role role, org.opsbench.model.Customer customer) {
        User user = OpsFactory.eINSTANCE.createUser();
        user.setLogin(login);
        user.setDisplayName(login);
        if (role != null) {
            user.getRoles().add(role);
        }
        user.setCustomer(customer);
        return user;
    }

    @Test
    void theDeskDecidesWhichStepsAUserMayTakeOnACaseAsItStands() {
        CaseDesk agent = new CaseDesk(database, CaseAccess.of(database, "li"));
        CaseDesk engineer = new CaseDesk(database, CaseAccess.of(database, "gao"));
        CaseDesk customer = new CaseDesk(database, CaseAccess.of(database, "zhao"));

        // The printer queue is an operation problem, just submitted.
        CaseDesk.Allowed byAgent = agent.allowed(agent.read(printer.id()));
        assertTrue(byAgent.assign() && !byAgent.convert() && !byAgent.close() && byAgent.next().isEmpty() && !byAgent.writeArticle(),
                "an agent dispatches, and works nothing: " + byAgent);
        CaseDesk.Allowed byEngineer = engineer.allowed(engineer.read(printer.id()));
        assertTrue(byEngineer.assign() && byEngineer.convert() && byEngineer.analyse() && byEngineer.report(), byEngineer.toString());
        assertEquals(List.of(CaseStatus.ANALYSED, CaseStatus.WAITING_FOR_CUSTOMER, CaseStatus.WAITING_FOR_PART), byEngineer.next());
        assertFalse(byEngineer.close(), "a defect closes only once replied");
        assertFalse(byEngineer.writeArticle(), "an article is written from a replied or closed case");
        CaseDesk.Allowed byCustomer = customer.allowed(customer.read(printer.id()));
        assertTrue(!byCustomer.assign() && !byCustomer.convert() && byCustomer.next().isEmpty() && !byCustomer.report(), byCustomer.toString());

        // The services refuse exactly what the desk does not allow.
        assertThrows(CaseException.class, () -> agent.convertToConsultation(printer.id(), MONDAY.plusSeconds(120)));
        engineer.convertToConsultation(printer.id(), MONDAY.plusSeconds(120));
        CaseDesk.Allowed consultation = engineer.allowed(engineer.read(printer.id()));
        assertTrue(consultation.close() && !consultation.convert(), "a consultation closes at once: " + consultation);

        // The pump controller is a technical problem: nothing to convert.
        assertFalse(engineer.allowed(engineer.read(pump.id())).convert());
    }
}
