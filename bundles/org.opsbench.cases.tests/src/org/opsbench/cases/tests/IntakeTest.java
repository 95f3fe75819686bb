package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opsbench.cases.tests.CaseFixture.shanghai;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opsbench.cases.ActivityLog;
import org.opsbench.cases.CallerLookup;
import org.opsbench.cases.SlaEvaluator;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.CaseException;
import org.opsbench.cases.CaseLifecycle;
import org.opsbench.cases.CaseList;
import org.opsbench.cases.CaseDesk;
import org.opsbench.cases.CallerLookup.Match;
import org.opsbench.cases.CallerLookup.MatchedBy;
import org.opsbench.cases.CaseDefaults;
import org.opsbench.cases.CaseIntake;
import org.opsbench.cases.CaseNotices;
import org.opsbench.cases.CaseWorkflow;
import org.opsbench.cases.EngineerSuggestions;
import org.opsbench.cases.EngineerSuggestions.Closeness;
import org.opsbench.cases.EngineerSuggestions.Suggestion;
import org.opsbench.cases.Entitlement;
import org.opsbench.cases.Entitlement.Status;
import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.CasesFactory;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.model.Customer;
import org.opsbench.model.Engineer;
import org.opsbench.model.Office;
import org.opsbench.model.OpsFactory;
import org.opsbench.model.Site;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DuplicateValueException;
import org.opsbench.persistence.ModelSession;

/** Intake against a small, fully known directory: caller lookup, entitlement, engineer suggestions, opening. */
@ExtendWith(EnglishLocale.class)
@Tag("all-databases")
class IntakeTest {

    private static final OpsFactory F = OpsFactory.eINSTANCE;
    /** Monday 23 November 2026, 10:00 in Shanghai: a working hour. */
    private static final Instant MONDAY_MORNING = shanghai("2026-11-23T10:00");
    /** Saturday 21 November 2026, 22:00: outside 5x8 hours. */
    private static final Instant SATURDAY_NIGHT = shanghai("2026-11-21T22:00");

    @RegisterExtension
    final CaseDatabase db = new CaseDatabase();
    private Database database;

    @BeforeEach
    void open() {
        database = db.get();
        Directory.install(database);
    }

    @Test
    void aCallerIsFoundByPhoneInAnySpellingByContractNumberAndByName() {
        CallerLookup lookup = new CallerLookup(database);
        for (String typed : List.of("13955550101", "+86 139-5555-0101", "139 5555 0101")) {
            List<Match> matches = lookup.find(typed);
            assertEquals(1, matches.size(), typed + ": " + matches);
            Match wang = matches.get(0);
            assertEquals(MatchedBy.CONTACT_PHONE, wang.matchedBy());
            assertEquals("C-0001 Qinghe Water Works \u00b7 Wang Wei \u00b7 Head office \u00b7 SC-0001-2024", wang.label());
        }
        for (String typed : List.of("010-5555-1000", "+86 10 5555 1000")) {
            List<Match> matches = lookup.find(typed);
            assertEquals(1, matches.size(), typed + ": " + matches);
            assertEquals(MatchedBy.SITE_PHONE, matches.get(0).matchedBy());
            assertEquals("Head office", matches.get(0).siteName());
            assertEquals("Wang Wei", matches.get(0).contactName(), "the site's contact answers for it");
        }
        Match byContract = lookup.find(" sc-0002-2021 ").get(0);
        assertEquals(MatchedBy.CONTRACT_NUMBER, byContract.matchedBy());
        assertEquals("Lanshan Tax Bureau", byContract.customerName());
        assertEquals("Service hall", byContract.siteName(), "the contract's first covered site");

        Match bySerial = lookup.find("lt2024p0101").get(0);
        assertEquals(MatchedBy.SERIAL_NUMBER, bySerial.matchedBy());
        assertEquals("Pump station", bySerial.siteName(), "the site the equipment stands at");
        assertEquals("SC-0001-2024", bySerial.contractNumber());
        assertEquals(1, lookup.find("LT2024P0101").size());

        Match byName = lookup.find("li fang").get(0);
        assertEquals(MatchedBy.CONTACT_NAME, byName.matchedBy());
        assertEquals("Pump station", byName.siteName(), "the site this contact looks after");
        assertEquals("SC-0001-2024", byName.contractNumber());

        // A customer's name (any part, any case) or code: one candidate per site, the site's contact and contract.
        List<Match> byCustomer = lookup.find("water works");
        List<String> sites;
        try (ModelSession session = database.openSession()) {
            Customer water = session.findAll(Customer.class, "code").stream().filter(c -> c.getName().equals("Qinghe Water Works")).findFirst().orElseThrow();
            sites = water.getSites().stream().map(Site::getName).toList();
        }
        assertEquals(sites, byCustomer.stream().map(Match::siteName).toList(), byCustomer.toString());
        assertTrue(byCustomer.stream().allMatch(m -> m.matchedBy() == MatchedBy.CUSTOMER && m.customerCode().equals("C-0001")));
        assertEquals("Li Fang", byCustomer.get(sites.indexOf("Pump station")).contactName(), "the site's own contact");
        assertEquals(byCustomer, lookup.find("c-0001"), "by the customer's code");

        assertEquals(List.of(), lookup.find("5555"), "too few digits to be a phone number");
        assertEquals(List.of(), lookup.find("139 5555 0199"));
        assertEquals(List.of(), lookup.find("  "));
    }

    @Test
    void theCallersSiteOffersItsEquipmentAndTheCaseIsAboutTheOneChosen() {
        CallerLookup lookup = new CallerLookup(database);
        Match li = lookup.find("li fang").get(0);
        List<CallerLookup.Equipment> atPumps = lookup.equipment(li);
        assertEquals(List.of("Beiming BM-FW600 \u00b7 BM24F0077", "Lanting LT-S5720-28X \u00b7 LT2024P0101"),
                atPumps.stream().map(CallerLookup.Equipment::label).toList(), "the pump station's equipment, by vendor");
        assertEquals(List.of(), lookup.equipment(lookup.find("139 5555 0101").get(0)), "the head office has none");

        CaseDesk desk = new CaseDesk(database, "gao");
        long lanting = Directory.equipmentId(database, "LT2024P0101");
        CaseDesk.Opened opened = desk.open(new CaseDesk.Intake("hotline", li, "Uplink flapping", null, null, "P2", CaseKind.DEFECT,
                DefectClass.TECHNICAL, null).withEquipment(lanting), MONDAY_MORNING);
        try (ModelSession session = database.openSession()) {
            ServiceCase serviceCase = session.find(ServiceCase.class, opened.id());
            assertEquals("LT2024P0101", serviceCase.getEquipment().getSerialNumber());
            assertEquals("Lanting", serviceCase.getVendor(), "the vendor comes from the equipment when none was typed");
        }

        Match zhao = lookup.find("zhao min").get(0);
        CaseException foreign = assertThrows(CaseException.class, () -> desk.open(new CaseDesk.Intake("hotline", zhao, "Printer", null, null,
                "P3", CaseKind.DEFECT, DefectClass.TECHNICAL, null).withEquipment(lanting), MONDAY_MORNING));
        assertEquals("The equipment named is not one of Lanshan Tax Bureau.", foreign.getMessage());
    }

    @Test
    void entitlementPicksTheCalendarAndWarnsAboutWhatTheContractDoesNotCover() {
        try (ModelSession session = database.openSession()) {
            Customer water = customer(session, "C-0001");
            Entitlement inWarranty = Entitlement.check(water.getContracts().get(0), water.getSites().get(1), water.getOffice(),
                    SATURDAY_NIGHT);
            assertEquals(Status.IN_WARRANTY, inWarranty.status());
            assertTrue(inWarranty.covered(), inWarranty.warnings().toString());
            assertEquals(CaseFixture.SEVEN_BY_TWENTY_FOUR, inWarranty.calendar().getName(), "the contract's own calendar");
            assertEquals(LocalDate.of(2027, 2, 28), inWarranty.hardwareWarrantyUntil());

            Customer tax = customer(session, "C-0002");
            Entitlement expired = Entitlement.check(tax.getContracts().get(0), tax.getSites().get(1), tax.getOffice(), SATURDAY_NIGHT);
            assertEquals(Status.OUT_OF_WARRANTY, expired.status());
            assertEquals(CaseFixture.FIVE_BY_EIGHT, expired.calendar().getName(), "the office default");
            assertEquals(List.of("Contract SC-0002-2021: the hardware warranty ended on May 31, 2024. The request is out of warranty.",
                    "Site \"Archive\" is not covered by contract SC-0002-2021.",
                    "The call is outside the hours of contract SC-0002-2021 (calendar \"5x8 PRC\"): its clocks start at Nov 23, 2026, 9:00\u202fAM."),
                    expired.warnings());
            Entitlement coveredSite = Entitlement.check(tax.getContracts().get(0), tax.getSites().get(0), tax.getOffice(), MONDAY_MORNING);
            assertEquals(1, coveredSite.warnings().size(), coveredSite.warnings().toString());

            Customer school = customer(session, "C-0003");
            Entitlement installing = Entitlement.check(school.getContracts().get(0), null, school.getOffice(), MONDAY_MORNING);
            assertEquals(Status.NOT_YET_ACCEPTED, installing.status());
            assertEquals(List.of("Contract SC-0003-2026 has no final acceptance yet (phase: installation-and-commissioning): the warranty"
                    + " has not started.", "Neither contract SC-0003-2026 nor office \"Yunzhou office\" names a business calendar, so the"
                            + " SLA clocks cannot run. Set a calendar on the contract or the office."),
                    installing.warnings());
            assertEquals(null, installing.calendar());

            Entitlement none = Entitlement.check(null, null, water.getOffice(), MONDAY_MORNING);
            assertEquals(Status.NO_CONTRACT, none.status());
            assertEquals(CaseFixture.FIVE_BY_EIGHT, none.calendar().getName());
            assertEquals(List.of("No service contract was found for the caller: the request is not covered by a contract."),
                    none.warnings());
        }
    }

    @Test
    void engineersAreRankedBySkillsThenClosenessThenLoad() {
        // Gao Lei (E1) carries two open cases; Hu Jing (E2) only a closed one.
        long first = CaseFixture.openCase(database, "C-1", "P2", CaseFixture.FIVE_BY_EIGHT, CaseDefaults.MATRIX_PLAN, MONDAY_MORNING);
        long second = CaseFixture.openCase(database, "C-2", "P3", CaseFixture.FIVE_BY_EIGHT, CaseDefaults.MATRIX_PLAN, MONDAY_MORNING);
        long closed = CaseFixture.openCase(database, "C-3", "P3", CaseFixture.FIVE_BY_EIGHT, CaseDefaults.MATRIX_PLAN, MONDAY_MORNING);
        try (ModelSession session = database.openSession()) {
            for (long id : new long[] { first, second, closed }) {
                ServiceCase serviceCase = session.find(ServiceCase.class, id);
                CaseWorkflow.assign(serviceCase, engineer(session, id == closed ? "E2" : "E1"), MONDAY_MORNING, "agent");
                if (id == closed) {
                    serviceCase.setClosedAt(MONDAY_MORNING.plusSeconds(600));
                }
            }
            session.save();
        }
        long qinghe = database.list("SELECT o.persistentId FROM Office o WHERE o.code = 'QH'", Long.class).get(0);
        List<Suggestion> ranked = new EngineerSuggestions(database).suggest(qinghe, Set.of("Switching", "routing"), "Lanting Networks",
                LocalDate.of(2026, 11, 23), 10);
        assertEquals(List.of("Xu Bo", "Gao Lei", "Luo Yan", "Ma Tao", "Hu Jing", "Zhu Kai"), ranked.stream().map(Suggestion::name).toList());
        assertEquals("routing, switching \u00b7 vendor-certified \u00b7 same office \u00b7 no open cases", ranked.get(0).reason());
        assertEquals("routing, switching \u00b7 vendor-certified \u00b7 same office \u00b7 2 open cases", ranked.get(1).reason());
        assertEquals(Closeness.ELSEWHERE, ranked.get(2).closeness());
        assertEquals("routing, switching \u00b7 same region \u00b7 no open cases", ranked.get(3).reason());
        assertEquals(0, ranked.get(4).openCases(), "a closed case is no load");
        assertFalse(ranked.get(5).vendorCertified(), "an expired certificate does not count");
        assertEquals(2, new EngineerSuggestions(database).suggest(qinghe, Set.of(), null, LocalDate.of(2026, 11, 23), 2).size());
    }

    @Test
    void intakeFillsTheCaseFromTheCallerAndKeepsTheWarningsInTheLog() {
        Match caller = new CallerLookup(database).find("SC-0002-2021").get(0);
        long id;
        try (ModelSession session = database.openSession()) {
            ServiceCase serviceCase = CasesFactory.eINSTANCE.createServiceCase();
            serviceCase.setSeverity("P2");
            serviceCase.setTitle("Printer queue stuck");
            Entitlement entitlement = CaseIntake.fill(serviceCase, session, caller, MONDAY_MORNING);
            assertEquals("Lanshan Tax Bureau", serviceCase.getCallerCompany());
            assertEquals("Zhao Min", serviceCase.getCallerName());
            assertEquals("+86 139 5555 0303", serviceCase.getCallerPhone());
            assertEquals("SC-0002-2021", serviceCase.getContractNumber());
            assertEquals("Lanshan office", serviceCase.getOffice().getName());
            assertEquals(CaseFixture.FIVE_BY_EIGHT, serviceCase.getCalendar().getName());
            CaseIntake.open(serviceCase, entitlement, "C-20261123-0001", MONDAY_MORNING, "agent");
            session.add(serviceCase);
            session.save();
            id = ((org.opsbench.model.base.PersistentObject) serviceCase).getPersistentId();
        }
        try (ModelSession session = database.openSession()) {
            ServiceCase stored = session.find(ServiceCase.class, id);
            assertEquals(CaseStatus.SUBMITTED, stored.getStatus());
            assertEquals(List.of(ActivityKind.OPENED, ActivityKind.NOTE), stored.getActivities().stream().map(a -> a.getKind()).toList());
            assertEquals("Entitlement: Contract SC-0002-2021: the hardware warranty ended on May 31, 2024. The request is out of warranty.",
                    stored.getActivities().get(1).getText());
            assertTrue(ActivityLog.verify(stored).isEmpty(), "the notes are part of the chain");
        }
    }

    @Test
    void theAssignedEngineerIsNotifiedByMailAndSmsStoredTogetherWithTheCaseOrNotAtAll() {
        long id = CaseFixture.openCase(database, "C-20261123-0001", "P1", CaseFixture.FIVE_BY_EIGHT, CaseDefaults.MATRIX_PLAN,
                MONDAY_MORNING);
        try (ModelSession session = database.openSession()) {
            ServiceCase serviceCase = session.find(ServiceCase.class, id);
            Engineer gao = engineer(session, "E1");
            gao.setEmail("gao.lei@opsbench-demo.example");
            gao.setPhone("+86 139 5555 0901");
            CaseWorkflow.assign(serviceCase, gao, MONDAY_MORNING, "agent");
            CaseNotices.assigned(session, serviceCase, MONDAY_MORNING);
            session.save();
        }
        List<Object[]> queued = database.list("SELECT m.channel, m.recipient, m.subject, m.reference FROM OutboxMessage m ORDER BY m.channel",
                Object[].class);
        assertEquals(List.of("email gao.lei@opsbench-demo.example Case C-20261123-0001 (P1) assigned to you: Core switch down C-20261123-0001",
                "sms +86 139 5555 0901 Case C-20261123-0001 (P1) assigned to you: Core switch down C-20261123-0001"),
                queued.stream().map(row -> row[0] + " " + row[1] + " " + row[2] + " " + row[3]).toList());

        // A case that cannot be stored (its number is taken) leaves no notice behind.
        try (ModelSession session = database.openSession()) {
            ServiceCase duplicate = CasesFactory.eINSTANCE.createServiceCase();
            duplicate.setSeverity("P3");
            CaseWorkflow.open(duplicate, "C-20261123-0001", MONDAY_MORNING, "agent");
            CaseWorkflow.assign(duplicate, engineer(session, "E1"), MONDAY_MORNING, "agent");
            session.add(duplicate);
            CaseNotices.assigned(session, duplicate, MONDAY_MORNING);
            assertThrows(DuplicateValueException.class, session::save);
        }
        assertEquals(2L, database.list("SELECT COUNT(m) FROM OutboxMessage m", Long.class).get(0));
    }

    @Test
    void theDeskOpensACaseFromIntakeWithTheDefaultPlanAndNumberAndTheListCountsDownItsDeadline() {
        CaseDesk desk = new CaseDesk(database, "agent");
        Match wang = new CallerLookup(database).find("13955550101").get(0);
        long gaoId;
        try (ModelSession session = database.openSession()) {
            gaoId = ((org.opsbench.model.base.PersistentObject) engineer(session, "E1")).getPersistentId();
        }
        Instant at = CaseFixture.shanghai("2026-05-12T10:00");
        CaseException untitled = assertThrows(CaseException.class, () -> desk.open(new CaseDesk.Intake("hotline", wang, " ", null,
                null, "P2", CaseKind.DEFECT, DefectClass.TECHNICAL, gaoId), at));
        assertEquals("Give the case a short description (the title) before opening it.", untitled.getMessage());
        CaseException unknownLevel = assertThrows(CaseException.class, () -> desk.open(new CaseDesk.Intake("hotline", wang, "Pump",
                null, null, "P9", CaseKind.DEFECT, DefectClass.TECHNICAL, gaoId), at));
        assertEquals("Severity \"P9\" is not a level of scheme \"P1-P4\".", unknownLevel.getMessage());
        assertEquals(0L, database.list("SELECT COUNT(c) FROM ServiceCase c", Long.class).get(0), "refused intakes store nothing");

        CaseDesk.Opened opened = desk.open(new CaseDesk.Intake("hotline", wang, "Pump controller offline", "Since 9:40.", "Lanting",
                "P2", CaseKind.DEFECT, DefectClass.TECHNICAL, gaoId), at);
        assertEquals("C-20260512-0001", opened.number(), "the stored pattern, dates in the calendar's zone");
        assertEquals(desk.entitlement(wang, at).warnings(), opened.warnings());
        ServiceCase stored = desk.read(opened.id());
        assertEquals(CaseDefaults.MATRIX_PLAN, stored.getPlan().getName(), "the settings' default plan");
        assertEquals(CaseFixture.SEVEN_BY_TWENTY_FOUR, stored.getCalendar().getName(), "the contract's calendar");
        assertEquals("Gao Lei", stored.getAssignee().getName());
        assertEquals("hotline", stored.getChannel());
        assertEquals(ActivityKind.ASSIGNMENT, stored.getActivities().get(stored.getActivities().size() - 1).getKind());

        // P2 on 7x24: respond within 30 minutes, warned at 80 %.
        CaseList.Row row = CaseList.read(database, false).get(0);
        assertEquals(opened.number(), row.number());
        assertEquals("response", row.deadline().target());
        assertEquals(at.plusSeconds(30 * 60), row.deadline().dueAt());
        assertEquals(CaseList.Urgency.ON_TRACK, row.urgency(at.plusSeconds(10 * 60)));
        assertEquals(CaseList.Urgency.WARNING, row.urgency(at.plusSeconds(25 * 60)));
        assertEquals(CaseList.Urgency.BREACHED, row.urgency(at.plusSeconds(31 * 60)));
        assertTrue(row.matches("pump GAO"), "every word, any case");
        assertFalse(row.matches("pump Hu"));

        desk.record(opened.id(), ActivityKind.CALL, "Called Wang Wei back.", false, at.plusSeconds(20 * 60));
        CaseList.Row answered = CaseList.read(database, false).get(0);
        assertEquals("resolve", answered.deadline().target(), "answered: the diagnosis target is next");
        assertEquals(at.plusSeconds(120 * 60), answered.deadline().dueAt());
        assertEquals(answered.deadline(), SlaEvaluator.deadline(desk.read(opened.id())), "the editor's deadline is the list's");
        CaseException early = assertThrows(CaseException.class,
                () -> desk.close(opened.id(), new CaseLifecycle.Survey("Wang Wei", 5, ""), at.plusSeconds(40 * 60)));
        assertTrue(early.getMessage().startsWith("Case C-20260512-0001 cannot be closed while it is \"submitted\""));

        // When no target runs, the deadline says why: paused while the customer is awaited, then diagnosed.
        desk.advance(opened.id(), CaseStatus.WAITING_FOR_CUSTOMER, "Asked for the controller's log.", at.plusSeconds(45 * 60));
        CaseList.Row waiting = CaseList.read(database, false).get(0);
        assertEquals(SlaEvaluator.Idle.PAUSED, waiting.deadline().idle());
        assertFalse(waiting.deadline().running());
        assertEquals(CaseList.Urgency.NONE, waiting.urgency(at.plusSeconds(300 * 60)), "a paused clock is not overdue");
        desk.advance(opened.id(), CaseStatus.ANALYSED, "The controller's firmware hangs.", at.plusSeconds(60 * 60));
        CaseList.Row diagnosed = CaseList.read(database, false).get(0);
        assertEquals(SlaEvaluator.Idle.DIAGNOSED, diagnosed.deadline().idle());
        assertEquals(diagnosed.deadline(), SlaEvaluator.deadline(desk.read(opened.id())), "the editor's reason is the list's");
        assertEquals(List.of(), CaseList.read(database, false).stream().filter(r -> r.closedAt() != null).toList());
    }

    @Test
    void casesAreFoundByEveryCriterionAndByWordsInTheirTextsAndLogs() {
        CaseDesk desk = new CaseDesk(database, "agent");
        CallerLookup lookup = new CallerLookup(database);
        Match water = lookup.find("SC-0001-2024").get(0);
        Match tax = lookup.find("SC-0002-2021").get(0);
        long gao;
        long ma;
        try (ModelSession session = database.openSession()) {
            gao = ((org.opsbench.model.base.PersistentObject) engineer(session, "E1")).getPersistentId();
            ma = ((org.opsbench.model.base.PersistentObject) engineer(session, "E3")).getPersistentId();
        }
        Instant monday = CaseFixture.shanghai("2026-05-11T10:00");
        CaseDesk.Opened pump = desk.open(new CaseDesk.Intake("hotline", water, "Pump controller offline", "The SCADA link dropped.",
                "Lanting", "P2", CaseKind.DEFECT, DefectClass.TECHNICAL, gao), monday);
        CaseDesk.Opened printer = desk.open(new CaseDesk.Intake("email", tax, "Printer queue stuck", "Invoices do not print.",
                "Beiming", "P3", CaseKind.DEFECT, DefectClass.OPERATION, ma), monday.plusSeconds(3600));
        CaseDesk.Opened question = desk.open(new CaseDesk.Intake("hotline", tax, "How to renew the licence", null, "Lanting", "P4",
                CaseKind.CONSULTATION, null, null), CaseFixture.shanghai("2026-05-13T09:00"));
        desk.record(pump.id(), ActivityKind.REMOTE_SESSION, "Replaced the fibre transceiver on port 7.", false, monday.plusSeconds(1800));
        desk.close(question.id(), new CaseLifecycle.Survey("Zhao Min", 5, ""), CaseFixture.shanghai("2026-05-13T09:20"));
        long taxId;
        try (ModelSession session = database.openSession()) {
            taxId = ((org.opsbench.model.base.PersistentObject) customer(session, "C-0002")).getPersistentId();
        }

        assertEquals(List.of(printer.number(), pump.number()), numbers(CaseList.Criteria.all(false)), "open ones, newest first");
        List<CaseList.Row> first = CaseList.firstPage(database, CaseList.Criteria.all(true), 2);
        assertEquals(List.of(question.number(), printer.number()), first.stream().map(CaseList.Row::number).toList(),
                "the first page: the newest");
        assertEquals(null, first.get(0).deadline(), "a closed case has none");
        assertEquals(CaseList.search(database, CaseList.Criteria.all(true)).get(1).deadline(), first.get(1).deadline(),
                "the page's deadlines are the full list's");
        assertEquals(List.of(question.number(), printer.number(), pump.number()), numbers(CaseList.Criteria.all(true)));
        assertEquals(List.of(pump.number()), numbers(criteria("TRANSCEIVER port", null, null, null, null, null, null, null, null)),
                "words from the log, any case");
        assertEquals(List.of(printer.number()), numbers(criteria("invoices", null, null, null, null, null, null, null, null)),
                "words from the description");
        assertEquals(List.of(), numbers(criteria("pump invoices", null, null, null, null, null, null, null, null)), "every word");
        assertEquals(List.of(question.number(), pump.number()), numbersWithClosed(criteria(null, "lanting", null, null, null, null, null,
                null, null)), "vendor");
        assertEquals(List.of(question.number()), numbersWithClosed(criteria(null, null, CaseKind.CONSULTATION, null, null, null, null,
                null, null)), "case type");
        assertEquals(List.of(question.number()), numbersWithClosed(criteria(null, null, null, CaseFixture.shanghai("2026-05-12T00:00"),
                CaseFixture.shanghai("2026-05-14T00:00"), null, null, null, null)), "time range");
        assertEquals(List.of(question.number(), printer.number()), numbersWithClosed(criteria(null, null, null, null, null, taxId, null,
                null, null)), "customer");
        assertEquals(List.of(question.number()), numbers(criteria(null, null, null, null, null, null, CaseStatus.CLOSED, null, null)),
                "asking for closed ones finds them");
        assertEquals(List.of(printer.number()), numbers(criteria(null, null, null, null, null, null, null, "P3", null)), "severity");
        assertEquals(List.of(printer.number()), numbers(criteria(null, null, null, null, null, null, null, null, ma)), "engineer");
    }

    private static CaseList.Criteria criteria(String text, String vendor, CaseKind kind, Instant from, Instant before, Long customerId,
            CaseStatus status, String severity, Long engineerId) {
        return new CaseList.Criteria(text, vendor, kind, from, before, customerId, status, severity, engineerId, false);
    }

    private List<String> numbers(CaseList.Criteria criteria) {
        return CaseList.search(database, criteria).stream().map(CaseList.Row::number).toList();
    }

    private List<String> numbersWithClosed(CaseList.Criteria c) {
        return numbers(c.withClosed(true));
    }

    // ---- fixture ----

    private static Customer customer(ModelSession session, String code) {
        return Directory.customer(session, code);
    }

    private static Engineer engineer(ModelSession session, String number) {
        return Directory.engineer(session, number);
    }
}
