package org.opsbench.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.CaseSettings;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.CasesFactory;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.cases.model.EscalationPlan;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cases.model.SlaEvent;
import org.opsbench.model.Engineer;
import org.opsbench.model.Equipment;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.cases.internal.Messages;

/**
 * What a service desk does with a case, each step one transaction by one author: open from intake,
 * assign, record activities, move the status, close, take complaints. The case, its log records
 * and its notices are stored together or not at all. Refusals are {@link CaseException}s; a case a
 * colleague changed meanwhile is a {@link org.opsbench.persistence.ConcurrentChangeException}.
 */
public final class CaseDesk {

    /** Zone for case numbers when the case has no calendar. */
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * What the agent took down at intake. With a {@code caseType} (an id of {@link CaseTypes}) the
     * kind and class come from the type; without, the built-in type of the kind and class is stored.
     */
    public record Intake(String channel, CallerLookup.Match caller, String title, String description, String vendor, String severity,
            CaseKind kind, DefectClass defectClass, Long engineerId, String caseType, Long equipmentId) {

        public Intake(String channel, CallerLookup.Match caller, String title, String description, String vendor, String severity,
                CaseKind kind, DefectClass defectClass, Long engineerId) {
            this(channel, caller, title, description, vendor, severity, kind, defectClass, engineerId, null, null);
        }

        public Intake(String channel, CallerLookup.Match caller, String title, String description, String vendor, String severity,
                CaseKind kind, DefectClass defectClass, Long engineerId, String caseType) {
            this(channel, caller, title, description, vendor, severity, kind, defectClass, engineerId, caseType, null);
        }

        /** @return the same intake about one equipment item of the caller's customer (null: none named) */
        public Intake withEquipment(Long equipment) {
            return new Intake(channel, caller, title, description, vendor, severity, kind, defectClass, engineerId, caseType, equipment);
        }
    }

    /** A case just opened: its id and number, and the entitlement warnings written into its log. */
    public record Opened(long id, String number, List<String> warnings) {
    }

    private final Database database;
    private final String author;
    /** The rights of the user at the desk; null for the workbench itself (background jobs, command line, tests). */
    private final CaseAccess access;

    /** A desk that does what it is asked, writing as {@code author}: for background work and tools. */
    public CaseDesk(Database database, String author) {
        this.database = database;
        this.author = author;
        this.access = null;
    }

    /** A desk for a logged-in user: every step is refused unless the user's roles allow it, and other organisations' cases stay hidden. */
    public CaseDesk(Database database, CaseAccess access) {
        this.database = database;
        this.author = access.login();
        this.access = access;
    }

    /** Who may assign, reassign or take over a case. */
    private static final String[] ASSIGNERS = { CaseAccess.ASSIGN, CaseAccess.WORK };
    /** Who may work a case: move, close, convert, analyse. */
    private static final String[] WORKERS = { CaseAccess.WORK };
    /** Who may write knowledge articles from solved cases. */
    private static final String[] AUTHORS = { CaseAccess.WORK, CaseAccess.KNOWLEDGE };
    /** Who may write a case's reports. */
    private static final String[] REPORTERS = { CaseAccess.WORK, CaseAccess.REPORTS };

    /**
     * What the desk's user may do with a case as it stands: its state ({@link CaseLifecycle}) and the
     * user's permissions, by the same rules the steps below apply. The case editor only asks this.
     */
    public record Allowed(boolean assign, List<CaseStatus> next, boolean close, boolean convert, boolean analyse, boolean writeArticle,
            boolean report) {
    }

    /** @return the steps the user may take on the case now */
    public Allowed allowed(ServiceCase serviceCase) {
        boolean work = may(WORKERS);
        return new Allowed(CaseLifecycle.canAssign(serviceCase) && may(ASSIGNERS), work ? CaseLifecycle.next(serviceCase) : List.of(),
                work && CaseLifecycle.canClose(serviceCase), work && CaseLifecycle.canConvert(serviceCase), work,
                CaseLifecycle.canWriteArticle(serviceCase) && may(AUTHORS), may(REPORTERS));
    }

    private boolean may(String... anyOf) {
        return access == null || java.util.Arrays.stream(anyOf).anyMatch(access::may);
    }

    private void require(String action, String... anyOf) {
        if (access != null) {
            access.require(action, anyOf);
        }
    }

    /** Refuses a case of an organisation the user may not see, without telling anything about it but its number. */
    private void visible(ServiceCase serviceCase) {
        if (access != null && !access.sees(serviceCase.getCustomer() == null ? null : id(serviceCase.getCustomer()))) {
            throw new CaseException(Messages.format("accessCaseHidden", serviceCase.getNumber()));
        }
    }

    /** @return what the caller's contract covers at {@code at}, without storing anything */
    public Entitlement entitlement(CallerLookup.Match caller, Instant at) {
        require("open", CaseAccess.CREATE);
        try (ModelSession session = database.openSession()) {
            return CaseIntake.fill(CasesFactory.eINSTANCE.createServiceCase(), session, caller, at);
        }
    }

    /** A severity level the agent may choose. */
    public record Level(String code, String name) {
    }

    /** @return the levels of the default plan's severity scheme, in their order */
    public List<Level> severityLevels() {
        try (ModelSession session = database.openSession()) {
            EscalationPlan plan = CaseSetup.settings(session).getDefaultPlan();
            return plan == null ? List.of()
                    : plan.getScheme().getLevels().stream().map(l -> new Level(l.getCode(), l.getName())).toList();
        }
    }

    /** @return engineers for a case of this customer (its office first) and vendor, best suited first */
    public List<EngineerSuggestions.Suggestion> suggestEngineers(long customerId, String vendor, LocalDate today, int max) {
        long officeId = database.list("SELECT o.persistentId FROM Customer c JOIN c.office o WHERE c.persistentId = ?1", Long.class,
                customerId).stream().findFirst().orElse(0L);
        return new EngineerSuggestions(database).suggest(officeId, List.of(), vendor == null ? "" : vendor, today, max);
    }

    /** Opens a case from intake with the office's default plan and number pattern, and assigns it when an engineer was chosen. */
    public Opened open(Intake intake, Instant now) {
        require("open", CaseAccess.CREATE);
        if (intake.title() == null || intake.title().isBlank()) {
            throw new CaseException(Messages.format("intakeNoTitle"));
        }
        try (ModelSession session = database.openSession()) {
            CaseSettings settings = CaseSetup.settings(session);
            EscalationPlan plan = settings.getDefaultPlan();
            if (plan == null) {
                throw new CaseException(Messages.format("intakeNoPlan"));
            }
            if (plan.getScheme().getLevels().stream().noneMatch(l -> l.getCode().equals(intake.severity()))) {
                throw new CaseException(Messages.format("intakeSeverity", intake.severity(), plan.getScheme().getName()));
            }
            ServiceCase serviceCase = CasesFactory.eINSTANCE.createServiceCase();
            serviceCase.setChannel(intake.channel());
            serviceCase.setTitle(intake.title().strip());
            serviceCase.setDescription(intake.description());
            serviceCase.setVendor(intake.vendor());
            serviceCase.setSeverity(intake.severity());
            if (intake.caseType() != null) {
                CaseTypes.CaseType type = CaseTypes.find(intake.caseType());
                if (type == null) {
                    throw new CaseException(Messages.format("caseTypeUnknown", intake.caseType()));
                }
                serviceCase.setCaseType(type.id());
                serviceCase.setKind(type.kind());
                serviceCase.setDefectClass(type.defectClass());
            } else {
                serviceCase.setCaseType(CaseTypes.builtIn(intake.kind(), intake.defectClass()));
                serviceCase.setKind(intake.kind());
                serviceCase.setDefectClass(intake.kind() == CaseKind.DEFECT ? intake.defectClass() : null);
            }
            serviceCase.setPlan(plan);
            if (intake.equipmentId() != null) {
                // An item read alone does not know its site: ask whose it is.
                List<Long> owners = database.list("SELECT c.persistentId FROM Customer c JOIN c.sites s JOIN s.equipment e"
                        + " WHERE e.persistentId = ?1", Long.class, intake.equipmentId());
                Equipment equipment = session.find(Equipment.class, intake.equipmentId());
                if (equipment == null || intake.caller() == null || !owners.contains(intake.caller().customerId())) {
                    throw new CaseException(Messages.format("intakeEquipment", intake.caller() == null ? "-" : intake.caller().customerName()));
                }
                serviceCase.setEquipment(equipment);
                if (Texts.given(intake.vendor()) == null) {
                    serviceCase.setVendor(equipment.getVendor());
                }
            }
            Entitlement entitlement = intake.caller() == null ? CaseIntake.entitle(serviceCase, now)
                    : CaseIntake.fill(serviceCase, session, intake.caller(), now);
            ZoneId zone = serviceCase.getCalendar() == null ? DEFAULT_ZONE : ZoneId.of(serviceCase.getCalendar().getTimeZone());
            String number = CaseNumbers.parse(settings.getNumberPattern()).next(database, now, zone);
            CaseIntake.open(serviceCase, entitlement, number, now, author);
            if (intake.engineerId() != null) {
                CaseWorkflow.assign(serviceCase, session.find(Engineer.class, intake.engineerId()), now, author);
                CaseNotices.assigned(session, serviceCase, now);
            }
            session.add(serviceCase);
            session.save();
            announce(serviceCase);
            return new Opened(id(serviceCase), number, entitlement.warnings());
        }
    }

    /** Assigns or reassigns (or, with the author's own engineer, takes over) the case; the engineer is notified. */
    public void assign(long caseId, long engineerId, Instant now) {
        require("assign", ASSIGNERS);
        change(caseId, (session, serviceCase) -> {
            CaseWorkflow.assign(serviceCase, session.find(Engineer.class, engineerId), now, author);
            CaseNotices.assigned(session, serviceCase, now);
        });
    }

    /** Records a call, remote session, visit, RMA request or note; contact with the customer stops the response clock. */
    public void record(long caseId, ActivityKind kind, String text, boolean customerNote, Instant now) {
        if (text == null || text.isBlank()) {
            throw new CaseException(Messages.format("activityEmpty"));
        }
        require("note", CaseAccess.WORK, CaseAccess.CREATE, CaseAccess.ASSIGN, CaseAccess.NOTE);
        // A customer's staff add notes, marked as the customer's, and nothing else.
        boolean customerOnly = access != null && !access.seesAllCases();
        if (customerOnly && kind != ActivityKind.NOTE) {
            require("work", WORKERS);
        }
        boolean markedForCustomer = customerNote || customerOnly;
        change(caseId, (session, serviceCase) -> {
            if (kind == ActivityKind.CALL || kind == ActivityKind.REMOTE_SESSION || kind == ActivityKind.ON_SITE_VISIT) {
                CaseWorkflow.respond(serviceCase, kind, now, author, text.strip());
            } else {
                ActivityLog.append(serviceCase, kind, now, author, text.strip(), markedForCustomer);
            }
        });
    }

    public void advance(long caseId, CaseStatus status, String text, Instant now) {
        require("work", WORKERS);
        change(caseId, (session, serviceCase) -> CaseLifecycle.advance(serviceCase, status, now, author, text));
    }

    public void close(long caseId, CaseLifecycle.Survey survey, Instant now) {
        require("work", WORKERS);
        change(caseId, (session, serviceCase) -> CaseLifecycle.close(serviceCase, survey, CaseSetup.settings(session).getSatisfiedScore(),
                now, author));
    }

    public void complain(long caseId, String complaint, Instant now) {
        require("complain", CaseAccess.CREATE, CaseAccess.ASSIGN, CaseAccess.VIEW_OWN);
        change(caseId, (session, serviceCase) -> CaseLifecycle.complain(serviceCase, complaint, now, author));
    }

    public void convertToConsultation(long caseId, Instant now) {
        require("work", WORKERS);
        change(caseId, (session, serviceCase) -> CaseLifecycle.convertToConsultation(serviceCase, now, author));
    }

    /**
     * Records the fault analysis (cause, how it was handled, the customer's losses) for the fault
     * analysis report; a note in the log says that it was written or changed.
     */
    public void recordAnalysis(long caseId, String cause, String method, String losses, Instant now) {
        require("work", WORKERS);
        if (Texts.given(cause) == null && Texts.given(method) == null && Texts.given(losses) == null) {
            throw new CaseException(Messages.format("analysisEmpty"));
        }
        change(caseId, (session, serviceCase) -> {
            serviceCase.setFaultCause(Texts.given(cause));
            serviceCase.setResolutionMethod(Texts.given(method));
            serviceCase.setLosses(Texts.given(losses));
            ActivityLog.append(serviceCase, ActivityKind.NOTE, now, author, Messages.format("analysisRecord", Texts.given(cause) == null ? "-"
                    : Texts.given(cause)), false);
        });
    }

    /** @return the case with its log, detached, for display */
    public ServiceCase read(long caseId) {
        try (ModelSession session = database.openSession()) {
            ServiceCase found = session.find(ServiceCase.class, caseId);
            if (found == null) {
                throw new CaseException(Messages.format("caseGone", caseId));
            }
            visible(found);
            // The copy keeps its references (customer, engineer) to the objects this session read.
            return ModelSession.detachedCopy(found);
        }
    }

    /** @return the case's reminders, proposals, warnings, breaches and escalations in the order they fell due */
    public List<SlaEvent> events(long caseId) {
        try (ModelSession session = database.openSession()) {
            ServiceCase found = session.find(ServiceCase.class, caseId);
            if (found != null) {
                visible(found);
            }
            return session.query("SELECT e FROM SlaEvent e WHERE e.serviceCaseId = ?1 ORDER BY e.dueAt, e.eventKey",
                    SlaEvent.class, caseId).stream().map(ModelSession::detachedCopy).toList();
        }
    }

    private interface Step {
        void apply(ModelSession session, ServiceCase serviceCase);
    }

    private void change(long caseId, Step step) {
        try (ModelSession session = database.openSession()) {
            ServiceCase serviceCase = session.find(ServiceCase.class, caseId);
            if (serviceCase == null) {
                throw new CaseException(Messages.format("caseGone", caseId));
            }
            visible(serviceCase);
            step.apply(session, serviceCase);
            session.save();
            announce(serviceCase);
        }
    }

    /**
     * Tells the derived tables that the case changed: its SLA check falls due, its words are indexed
     * again. The change is saved already; if this fails, the hourly full evaluation and indexing
     * catch up, so the failure is logged rather than reported as a failed step.
     */
    private void announce(ServiceCase saved) {
        try {
            SlaChecks.recheck(database, saved);
            CaseWords.index(database, saved);
        } catch (org.opsbench.persistence.DatabaseException e) {
            System.getLogger(CaseDesk.class.getName()).log(System.Logger.Level.WARNING, e.getMessage(), e);
        }
    }

    /** @return the database id of a stored model object (the model interfaces do not show it) */
    static long id(Object object) {
        return ((org.opsbench.model.base.PersistentObject) object).getPersistentId();
    }
}
